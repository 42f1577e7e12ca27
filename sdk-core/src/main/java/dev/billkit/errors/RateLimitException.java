package dev.billkit.errors;

import java.util.Optional;

/**
 * 429 {@code rate_limit_error}: too many requests. The client already retried within its limits
 * ({@code maxRetries}, {@code maxRetryAfter}, {@code deadline}); {@link #retryAfter()} is the
 * server's raw {@code Retry-After} value (seconds or an HTTP date), if it sent one.
 */
public class RateLimitException extends BillkitApiException {
  private static final long serialVersionUID = 1L;

  public RateLimitException(ApiErrorDetails details) {
    super(details);
  }

  /** The raw {@code Retry-After} header, such as {@code "2"}. */
  public Optional<String> retryAfter() {
    return headers().getOrDefault("Retry-After", java.util.List.of()).stream().findFirst();
  }
}
