package dev.billkit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful answer with its HTTP details, returned by {@code client.withRawResponse()}.
 * Immutable; the body was already read and closed.
 *
 * @param <T> the parsed body type
 */
public final class ApiResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String idempotencyKey;
  private final int attempts;
  private final T data;

  /**
   * @param statusCode the 2xx status of the final attempt
   * @param headers response headers of the final attempt
   * @param idempotencyKey key sent on every attempt, or {@code null} (GET and DELETE have none)
   * @param attempts how many HTTP attempts the call took, at least 1
   * @param data the parsed body, {@code null} only for operations that return no body
   */
  public ApiResponse(
      int statusCode,
      Map<String, List<String>> headers,
      String idempotencyKey,
      int attempts,
      T data) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1 (got " + attempts + ")");
    }
    this.statusCode = statusCode;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    this.idempotencyKey = idempotencyKey;
    this.attempts = attempts;
    this.data = data;
  }

  public int statusCode() {
    return statusCode;
  }

  /** Response headers; names are case-insensitive. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of header {@code name}, if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The {@code Request-Id} header: quote it when asking for support. */
  public Optional<String> requestId() {
    return header("Request-Id");
  }

  /** The {@code Idempotency-Key} sent with the call (every POST has one). */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** How many HTTP attempts the call took: 1 plus the number of retries. */
  public int attempts() {
    return attempts;
  }

  /** The parsed body. */
  public T data() {
    return data;
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + statusCode + ", requestId=" + requestId().orElse("?")
        + ", idempotencyKey=" + idempotencyKey + ", attempts=" + attempts + "}";
  }
}
