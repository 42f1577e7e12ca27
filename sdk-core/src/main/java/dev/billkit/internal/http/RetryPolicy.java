package dev.billkit.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

/**
 * Decides whether a failed attempt is retried and how long to wait first (DESIGN.md §6).
 *
 * <p>Retried: connection failures (including a connection dropped after the request was sent),
 * 409, 429 and 5xx; a {@code Should-Retry: true|false} header overrides the status. Never retried:
 * a POST without an idempotency key (it could be applied twice), an interrupted call, an
 * unreadable success body, or a retry that would wait past the deadline.
 */
final class RetryPolicy {
  /** First backoff step; doubles per retry. Same numbers as Stainless SDKs (sdk-anchors.md). */
  private static final double INITIAL_SECONDS = 0.5;

  /** Backoff ceiling, so a long outage is polled every ~8 s rather than ever more slowly. */
  private static final double MAX_SECONDS = 8.0;

  private final Clock clock;
  private final Duration maxRetryAfter;
  private final DoubleSupplier jitter;

  RetryPolicy(Clock clock, Duration maxRetryAfter, DoubleSupplier jitter) {
    this.clock = clock;
    this.maxRetryAfter = maxRetryAfter;
    this.jitter = jitter;
  }

  /** The wait before the next attempt, or {@code null} when the failure is final. */
  Duration retryDelay(CallContext<?> ctx, Outcome<?> outcome) {
    if (ctx.attempt > ctx.maxRetries || !isRetryable(ctx, outcome)) {
      return null;
    }
    Instant now = clock.instant();
    Duration delay = retryAfter(outcome, now);
    if (delay == null) {
      delay = backoff(ctx.attempt);
    } else if (delay.compareTo(maxRetryAfter) > 0) {
      // The server asked for a longer pause than we may wait: retrying earlier would only fail.
      return null;
    }
    if (ctx.deadlineAt != null && !now.plus(delay).isBefore(ctx.deadlineAt)) {
      return null;
    }
    return delay;
  }

  private static boolean isRetryable(CallContext<?> ctx, Outcome<?> outcome) {
    if (outcome.kind == Outcome.Kind.INTERRUPTED || outcome.kind == Outcome.Kind.INVALID_DATA) {
      return false;
    }
    // Without a key the server cannot recognise a replay, so a retry could charge twice.
    if (ctx.request.method() == ApiRequest.Method.POST && ctx.idempotencyKey == null) {
      return false;
    }
    String shouldRetry = outcome.headers.get("Should-Retry");
    if ("true".equalsIgnoreCase(shouldRetry)) {
      return true;
    }
    if ("false".equalsIgnoreCase(shouldRetry)) {
      return false;
    }
    int status = outcome.statusCode;
    return outcome.kind == Outcome.Kind.IO || status == 409 || status == 429 || status >= 500;
  }

  /**
   * {@code min(0.5 s · 2^(n−1), 8 s) × (1 − 0.25·U)} for retry {@code n} (1-based): jitter only
   * shortens, so the cap is a true upper bound, and clients retrying together spread out.
   */
  Duration backoff(int n) {
    double seconds = Math.min(INITIAL_SECONDS * Math.pow(2, n - 1), MAX_SECONDS);
    seconds *= 1 - 0.25 * jitter.getAsDouble();
    return Duration.ofNanos((long) (seconds * 1_000_000_000L));
  }

  /** {@code Retry-After} as delta-seconds or an HTTP date; {@code null} if absent or garbled. */
  static Duration retryAfter(Outcome<?> outcome, Instant now) {
    String value = outcome.headers.get("Retry-After");
    if (value == null || value.isBlank()) {
      return null;
    }
    value = value.trim();
    try {
      if (value.chars().allMatch(Character::isDigit)) {
        return Duration.ofSeconds(Long.parseLong(value));
      }
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }
}
