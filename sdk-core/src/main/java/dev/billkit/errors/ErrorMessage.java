package dev.billkit.errors;

import java.util.ArrayList;
import java.util.List;

/** The one-line message of a {@link BillkitApiException}, built from its details. */
final class ErrorMessage {
  private ErrorMessage() {}

  /**
   * {@code 402 card_error/card_declined (insufficient_funds): Your card has insufficient funds.
   * [request-id req_1, idempotency-key k]}; absent parts are left out.
   */
  static String describe(ApiErrorDetails d) {
    StringBuilder s = new StringBuilder().append(d.statusCode());
    String type = d.type().orElse(null);
    String code = d.code().orElse(null);
    if (type != null || code != null) {
      s.append(' ').append(type == null ? "?" : type);
      if (code != null) {
        s.append('/').append(code);
      }
    }
    d.declineCode().ifPresent(decline -> s.append(" (").append(decline).append(')'));
    s.append(": ").append(d.message().orElse("no error message in the response body"));
    d.param().ifPresent(param -> s.append(" (param ").append(param).append(')'));
    List<String> ids = new ArrayList<>(2);
    d.requestId().ifPresent(id -> ids.add("request-id " + id));
    d.idempotencyKey().ifPresent(key -> ids.add("idempotency-key " + key));
    if (!ids.isEmpty()) {
      s.append(" [").append(String.join(", ", ids)).append(']');
    }
    return s.toString();
  }
}
