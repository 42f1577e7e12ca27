package dev.billkit.internal.http;

import dev.billkit.ApiResponse;
import dev.billkit.errors.BillkitException;
import okhttp3.Headers;

/** What one attempt produced: a parsed response, or a failure with what retry decisions need. */
final class Outcome<T> {
  /** Failure classes the retry policy tells apart. */
  enum Kind { SUCCESS, HTTP_ERROR, IO, INVALID_DATA, INTERRUPTED }

  final Kind kind;
  final T data;
  final BillkitException failure;
  final int statusCode;
  final Headers headers;
  private final String idempotencyKey;
  private final int attempts;

  private Outcome(Kind kind, T data, BillkitException failure, int statusCode, Headers headers,
      String idempotencyKey, int attempts) {
    this.kind = kind;
    this.data = data;
    this.failure = failure;
    this.statusCode = statusCode;
    this.headers = headers;
    this.idempotencyKey = idempotencyKey;
    this.attempts = attempts;
  }

  static <T> Outcome<T> success(T data, int status, Headers headers, String key, int attempts) {
    return new Outcome<>(Kind.SUCCESS, data, null, status, headers, key, attempts);
  }

  static <T> Outcome<T> failure(Kind kind, BillkitException failure, int status, Headers headers) {
    return new Outcome<>(kind, null, failure, status, headers == null ? Headers.of() : headers,
        null, 0);
  }

  /**
   * The raw view of a success. Built only when asked for, because copying the headers into maps
   * is most of the per-call garbage a plain call would otherwise make.
   */
  ApiResponse<T> toApiResponse() {
    return new ApiResponse<>(statusCode, headers.toMultimap(), idempotencyKey, attempts, data);
  }

  boolean isSuccess() {
    return kind == Kind.SUCCESS;
  }
}
