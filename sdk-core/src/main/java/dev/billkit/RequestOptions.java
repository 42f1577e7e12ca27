package dev.billkit;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-call settings that override the client's: idempotency key, retries, timeouts, API key and
 * extra headers. Immutable and thread-safe; reuse instances freely.
 *
 * <pre>{@code
 * client.refunds().create(params,
 *     RequestOptions.builder().idempotencyKey("refund:" + orderId).build());
 * }</pre>
 */
public final class RequestOptions {
  /** Longest key the server accepts (DESIGN.md §5). */
  static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  private static final RequestOptions NONE = new Builder().build();

  private final String idempotencyKey;
  private final boolean idempotencyKeyDisabled;
  private final Integer maxRetries;
  private final Duration attemptTimeout;
  private final Duration deadline;
  private final String apiKey;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.idempotencyKey = b.idempotencyKey;
    this.idempotencyKeyDisabled = b.idempotencyKeyDisabled;
    this.maxRetries = b.maxRetries;
    this.attemptTimeout = b.attemptTimeout;
    this.deadline = b.deadline;
    this.apiKey = b.apiKey;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
  }

  /** No overrides: the client's settings apply. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.idempotencyKey = idempotencyKey;
    b.idempotencyKeyDisabled = idempotencyKeyDisabled;
    b.maxRetries = maxRetries;
    b.attemptTimeout = attemptTimeout;
    b.deadline = deadline;
    b.apiKey = apiKey;
    b.headers.putAll(headers);
    return b;
  }

  /** The caller's key; when empty, POST calls get a fresh UUIDv4 key. */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Whether the caller asked to send no key at all (the POST is then never retried). */
  public boolean isIdempotencyKeyDisabled() {
    return idempotencyKeyDisabled;
  }

  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  public Optional<Duration> attemptTimeout() {
    return Optional.ofNullable(attemptTimeout);
  }

  public Optional<Duration> deadline() {
    return Optional.ofNullable(deadline);
  }

  public Optional<String> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  /** Extra headers sent on every attempt of the call. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "RequestOptions{idempotencyKey=" + idempotencyKey + ", maxRetries=" + maxRetries
        + ", attemptTimeout=" + attemptTimeout + ", deadline=" + deadline
        + ", apiKey=" + (apiKey == null ? null : "<redacted>") + ", headers=" + headers.keySet()
        + "}";
  }

  /** Mutable, not thread-safe builder. Every setting is optional. */
  public static final class Builder {
    private String idempotencyKey;
    private boolean idempotencyKeyDisabled;
    private Integer maxRetries;
    private Duration attemptTimeout;
    private Duration deadline;
    private String apiKey;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sends {@code key} as {@code Idempotency-Key} on every attempt. Derive it from something
     * unique to the operation ({@code "refund:" + orderId}) so a retry after a crash reuses it.
     *
     * @throws IllegalArgumentException if the key is blank or longer than 255 characters
     */
    public Builder idempotencyKey(String key) {
      if (key == null || key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
        throw new IllegalArgumentException(
            "idempotencyKey must be 1..255 non-blank characters (got "
                + (key == null ? "null" : key.length() + " characters") + ")");
      }
      this.idempotencyKey = key;
      this.idempotencyKeyDisabled = false;
      return this;
    }

    /**
     * Sends no {@code Idempotency-Key}. A POST without a key is never retried, since a retry could
     * apply it twice.
     */
    public Builder withoutIdempotencyKey() {
      this.idempotencyKey = null;
      this.idempotencyKeyDisabled = true;
      return this;
    }

    /** @throws IllegalArgumentException if negative */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0 (got " + maxRetries + ")");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Bound on one HTTP attempt, from connect to the last body byte. */
    public Builder attemptTimeout(Duration attemptTimeout) {
      this.attemptTimeout = Durations.positive("attemptTimeout", attemptTimeout);
      return this;
    }

    /** Bound on the whole call, all attempts and backoff included. */
    public Builder deadline(Duration deadline) {
      this.deadline = Durations.positive("deadline", deadline);
      return this;
    }

    /** Uses another API key (another account) for this call only. */
    public Builder apiKey(String apiKey) {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank");
      }
      this.apiKey = apiKey;
      return this;
    }

    /** Adds a header to every attempt. It cannot replace the client's own headers. */
    public Builder putHeader(String name, String value) {
      if (name == null || name.isBlank() || value == null) {
        throw new IllegalArgumentException("header name must not be blank and value not null");
      }
      headers.put(name, value);
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
