package dev.billkit.mock.internal.server;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A request as the pipelines see it, independent of Jetty.
 *
 * @param method upper-case method
 * @param path the raw (percent-encoded) path
 * @param query the raw query string, or null
 * @param headers header lookup by case-insensitive name; null when absent
 * @param headerList every header as lower-case name and value, alternating (built on demand, for
 *     the journal)
 * @param body the raw body; empty when none
 * @param startNanos {@link System#nanoTime()} when the request arrived
 */
record Incoming(
    String method,
    String path,
    String query,
    Function<String, String> headers,
    Supplier<String[]> headerList,
    byte[] body,
    long startNanos) {
  String header(String name) {
    return headers.apply(name);
  }

  /** The path with its query, as the access log and idempotency fingerprints use it. */
  String target() {
    return query == null || query.isEmpty() ? path : path + "?" + query;
  }
}
