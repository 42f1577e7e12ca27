package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.ApiError;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before the pipelines see them (a request line or header it
 * cannot parse, a header block too large) with the API's JSON error body and the headers every
 * answer carries, instead of Jetty's HTML page (or, for DELETE, an empty body). Thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final Supplier<String> requestIds;

  /** {@code requestIds} gives each refusal a server-wide {@code Request-Id}. */
  JsonErrorHandler(Supplier<String> requestIds) {
    this.requestIds = requestIds;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object status = request.getAttribute(ERROR_STATUS);
    int code = status instanceof Integer ? (Integer) status : response.getStatus();
    Object message = request.getAttribute(ERROR_MESSAGE);
    String requestId = requestIds.get();
    byte[] body = body(code, message == null ? null : message.toString(), requestId);
    response.setStatus(code);
    headers(response.getHeaders(), requestId, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String requestId = requestIds.get();
    byte[] body = body(status, reason, requestId);
    headers(fields, requestId, body.length);
    return ByteBuffer.wrap(body);
  }

  private static void headers(HttpFields.Mutable out, String requestId, int length) {
    out.put("Request-Id", requestId);
    out.put("Billkit-Version", JettyHandler.VERSION);
    out.put(HttpHeader.CONTENT_TYPE, "application/json");
    out.put(HttpHeader.CONTENT_LENGTH, length);
  }

  private static byte[] body(int status, String reason, String requestId) {
    String message =
        "The request could not be read as HTTP ("
            + status
            + (reason == null || reason.isEmpty() ? "" : ": " + reason)
            + ")";
    ApiError error =
        status >= 500
            ? ApiError.custom(status, "api_error", "internal_error", message, Map.of())
            : ApiError.custom(
                status, "invalid_request_error", "parameter_invalid", message, Map.of());
    return Json.write(error.body(requestId));
  }
}
