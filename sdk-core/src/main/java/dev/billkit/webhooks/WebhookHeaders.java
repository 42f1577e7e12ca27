package dev.billkit.webhooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Read access to the headers of a webhook delivery: a header name, matched case-insensitively, to
 * every value received under that name, in order.
 *
 * <p>Adapt any HTTP stack with a lambda, for example {@code name ->
 * Collections.list(request.getHeaders(name))} for a servlet request. Implementations must return an
 * empty list (or {@code null}, treated the same) for an absent header, and must return each header
 * line as its own value so that a duplicated header can be detected.
 */
@FunctionalInterface
public interface WebhookHeaders {

  /** The header that carries the message id, the same on every retry of one event. */
  String ID = "webhook-id";

  /** The header that carries the attempt's time in whole Unix seconds. */
  String TIMESTAMP = "webhook-timestamp";

  /** The header that carries space-separated {@code scheme,base64} signatures. */
  String SIGNATURE = "webhook-signature";

  /**
   * Returns every value of the header {@code name} (lowercase), or an empty list when it is absent.
   */
  List<String> values(String name);

  /**
   * Wraps a multi-valued map such as {@code java.net.http.HttpHeaders.map()} or Spring's {@code
   * HttpHeaders}. Keys are matched case-insensitively; values of keys that differ only in case are
   * combined. The map is read on each lookup, not copied.
   */
  static WebhookHeaders of(Map<String, ? extends List<String>> headers) {
    Objects.requireNonNull(headers, "headers");
    return name -> {
      List<String> found = null;
      for (Map.Entry<String, ? extends List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
          if (found == null) {
            found = e.getValue();
          } else {
            found = new ArrayList<>(found);
            found.addAll(e.getValue());
          }
        }
      }
      return found == null ? Collections.emptyList() : found;
    };
  }

  /**
   * Wraps a single-valued map, such as the one {@link WebhookSigner#sign} returns. Keys are matched
   * case-insensitively.
   */
  static WebhookHeaders ofSingleValues(Map<String, String> headers) {
    Objects.requireNonNull(headers, "headers");
    return name -> {
      List<String> found = new ArrayList<>(1);
      for (Map.Entry<String, String> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
          found.add(e.getValue());
        }
      }
      return found;
    };
  }
}
