package dev.billkit.internal.http;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import dev.billkit.errors.ApiErrorDetails;
import dev.billkit.internal.json.JsonCodec;
import java.util.List;
import okhttp3.Headers;

/** {@code {"error":{…}}}: the error body of every non-2xx answer, read leniently. */
final class ErrorEnvelope {
  private static final JsonAdapter<ErrorEnvelope> ADAPTER =
      JsonCodec.moshi().adapter(ErrorEnvelope.class).lenient();

  @Json(name = "error")
  Body error;

  static final class Body {
    @Json(name = "type") String type;
    @Json(name = "code") String code;
    @Json(name = "message") String message;
    @Json(name = "param") String param;
    @Json(name = "decline_code") String declineCode;
    @Json(name = "request_id") String requestId;
    @Json(name = "errors") List<FieldEntry> errors;
  }

  static final class FieldEntry {
    @Json(name = "param") String param;
    @Json(name = "code") String code;
    @Json(name = "message") String message;
  }

  /**
   * Details of an error answer. A body that is not the documented JSON (a proxy's HTML page, say)
   * still yields status, headers and the raw body, so the caller sees what arrived.
   */
  static ApiErrorDetails details(int status, Headers headers, String body, String key) {
    ApiErrorDetails.Builder b = ApiErrorDetails.builder().statusCode(status)
        .headers(headers.toMultimap()).body(body).idempotencyKey(key)
        .requestId(headers.get("Request-Id"));
    Body e = parse(body);
    if (e != null) {
      b.type(e.type).code(e.code).message(e.message).param(e.param).declineCode(e.declineCode);
      if (headers.get("Request-Id") == null) {
        b.requestId(e.requestId);
      }
      if (e.errors != null) {
        e.errors.forEach(f -> b.addError(new ApiErrorDetails.FieldError(f.param, f.code,
            f.message)));
      }
    }
    return b.build();
  }

  private static Body parse(String body) {
    try {
      ErrorEnvelope envelope = ADAPTER.fromJson(body);
      return envelope == null ? null : envelope.error;
    } catch (Exception notTheDocumentedShape) {
      return null;
    }
  }
}
