package dev.billkit.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything known about one error answer: HTTP status, the parsed {@code error} object, the
 * response headers and the raw body. Immutable and thread-safe. Build one with {@link #builder()}
 * (for example to construct a {@link BillkitApiException} in a test).
 */
public final class ApiErrorDetails {
  private final int statusCode;
  private final String type;
  private final String code;
  private final String message;
  private final String param;
  private final String declineCode;
  private final String requestId;
  private final String idempotencyKey;
  private final Map<String, List<String>> headers;
  private final String body;
  private final List<FieldError> errors;

  private ApiErrorDetails(Builder b) {
    this.statusCode = b.statusCode;
    this.type = b.type;
    this.code = b.code;
    this.message = b.message;
    this.param = b.param;
    this.declineCode = b.declineCode;
    this.requestId = b.requestId;
    this.idempotencyKey = b.idempotencyKey;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    b.headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    this.body = b.body;
    this.errors = List.copyOf(b.errors);
  }

  public static Builder builder() {
    return new Builder();
  }

  public int statusCode() {
    return statusCode;
  }

  /** The {@code error.type}, such as {@code card_error}. */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** The {@code error.code}, such as {@code card_declined}. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The server's human-readable {@code error.message}. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** The parameter the error is about, such as {@code items[0].quantity}. */
  public Optional<String> param() {
    return Optional.ofNullable(param);
  }

  public Optional<String> declineCode() {
    return Optional.ofNullable(declineCode);
  }

  /** The {@code Request-Id} response header (or {@code error.request_id}). */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Response headers; names are case-insensitive. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The raw response body, exactly as received (may be empty, never {@code null}). */
  public String body() {
    return body;
  }

  /** Every failed field of a validation error, in the server's order. */
  public List<FieldError> errors() {
    return errors;
  }

  /** One entry of {@code error.errors[]}: a parameter path, a code and a message. */
  public record FieldError(String param, String code, String message) {}

  /** Mutable, not thread-safe builder. Only {@link #statusCode} is required. */
  public static final class Builder {
    private int statusCode;
    private String type;
    private String code;
    private String message;
    private String param;
    private String declineCode;
    private String requestId;
    private String idempotencyKey;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String body = "";
    private final List<FieldError> errors = new ArrayList<>();

    private Builder() {}

    public Builder statusCode(int statusCode) {
      this.statusCode = statusCode;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public Builder code(String code) {
      this.code = code;
      return this;
    }

    public Builder message(String message) {
      this.message = message;
      return this;
    }

    public Builder param(String param) {
      this.param = param;
      return this;
    }

    public Builder declineCode(String declineCode) {
      this.declineCode = declineCode;
      return this;
    }

    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    public Builder idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    public Builder putHeader(String name, String value) {
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    public Builder headers(Map<String, List<String>> headers) {
      this.headers.clear();
      headers.forEach((k, v) -> this.headers.put(k, new ArrayList<>(v)));
      return this;
    }

    public Builder body(String body) {
      this.body = body == null ? "" : body;
      return this;
    }

    public Builder addError(FieldError error) {
      errors.add(error);
      return this;
    }

    /** @throws IllegalStateException when the status code is not a 4xx or 5xx status */
    public ApiErrorDetails build() {
      if (statusCode < 400 || statusCode > 599) {
        throw new IllegalStateException("statusCode must be 400..599 (got " + statusCode + ")");
      }
      return new ApiErrorDetails(this);
    }
  }
}
