package dev.billkit.internal.http;

import com.squareup.moshi.Types;
import dev.billkit.errors.BillkitApiException;
import dev.billkit.errors.BillkitInvalidDataException;
import dev.billkit.errors.BillkitIoException;
import dev.billkit.internal.json.JsonCodec;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads one HTTP answer into an {@link Outcome}. The caller closes the response (try-with-resources
 * in both drivers), so a body is closed on every path, including parse failures.
 */
final class ResponseReader {
  private static final ConcurrentHashMap<Type, Type> LIST_TYPES = new ConcurrentHashMap<>();

  private final RequestExecutor pager;

  ResponseReader(RequestExecutor pager) {
    this.pager = pager;
  }

  /** @throws IOException if the body cannot be read (the connection broke mid-body) */
  <T> Outcome<T> read(CallContext<T> ctx, Response response) throws IOException {
    ResponseBody body = response.body();
    int status = response.code();
    if (!response.isSuccessful()) {
      String text = body == null ? "" : body.string();
      BillkitApiException e = BillkitApiException.of(
          ErrorEnvelope.details(status, response.headers(), text, ctx.idempotencyKey));
      return Outcome.failure(Outcome.Kind.HTTP_ERROR, e, status, response.headers());
    }
    try {
      T data = decode(ctx, body);
      return Outcome.success(data, status, response.headers(), ctx.idempotencyKey, ctx.attempt);
    } catch (BillkitInvalidDataException e) {
      return Outcome.failure(Outcome.Kind.INVALID_DATA, e, status, response.headers());
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T decode(CallContext<T> ctx, ResponseBody body) throws IOException {
    ApiRequest<T> request = ctx.request;
    if (request.responseType() == Void.class) {
      return null;
    }
    if (body == null || body.contentLength() == 0) {
      throw new BillkitInvalidDataException(
          "Response body is empty; expected JSON", "$", null, ctx.idempotencyKey);
    }
    if (!request.isList()) {
      return JsonCodec.decode(body.source(), request.responseType(), ctx.idempotencyKey);
    }
    Type listType = LIST_TYPES.computeIfAbsent(request.responseType(),
        item -> Types.newParameterizedType(ListEnvelope.class, item));
    ListEnvelope<Object> envelope = JsonCodec.decode(body.source(), listType, ctx.idempotencyKey);
    if (envelope.data == null) {
      throw new BillkitInvalidDataException(
          "List response has no \"data\" array", "$.data", null, ctx.idempotencyKey);
    }
    return (T) new HttpPage<>(pager, (ApiRequest<dev.billkit.Page<Object>>) request,
        envelope.data, envelope.hasMore);
  }

  /** The outcome of an attempt that got no usable answer. */
  <T> Outcome<T> ioFailure(CallContext<T> ctx, IOException e) {
    boolean interrupted = Thread.currentThread().isInterrupted()
        || (e instanceof InterruptedIOException && "interrupted".equals(e.getMessage()));
    String what = interrupted ? "interrupted" : "failed: " + e;
    BillkitIoException failure = new BillkitIoException(
        ctx.describe() + " attempt " + ctx.attempt + " " + what
            + "; the request may have been applied"
            + (ctx.idempotencyKey == null ? "" : ", retry with the same idempotency key")
            + ctx.keySuffix(),
        e, ctx.idempotencyKey);
    return Outcome.failure(interrupted ? Outcome.Kind.INTERRUPTED : Outcome.Kind.IO, failure, 0,
        null);
  }
}
