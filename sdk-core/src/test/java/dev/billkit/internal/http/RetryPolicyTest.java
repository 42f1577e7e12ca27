package dev.billkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"),
      ZoneOffset.UTC);

  @Test
  void backoffDoublesFromHalfASecondUpToEightSeconds() {
    RetryPolicy noJitter = new RetryPolicy(CLOCK, Duration.ofSeconds(30), () -> 0.0);

    assertThat(java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(noJitter::backoff))
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(8));
  }

  @Test
  void jitterOnlyShortensByAtMostAQuarter() {
    RetryPolicy maxJitter = new RetryPolicy(CLOCK, Duration.ofSeconds(30), () -> 1.0);

    assertThat(maxJitter.backoff(1)).isEqualTo(Duration.ofMillis(375));
    assertThat(maxJitter.backoff(9)).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void retryAfterReadsSecondsAndHttpDatesAndIgnoresGarbage() {
    Instant now = CLOCK.instant();

    assertThat(RetryPolicy.retryAfter(outcome("Retry-After", "7"), now))
        .isEqualTo(Duration.ofSeconds(7));
    assertThat(RetryPolicy.retryAfter(outcome("Retry-After", "Sun, 01 Nov 2026 10:00:05 GMT"),
        now)).isEqualTo(Duration.ofSeconds(5));
    assertThat(RetryPolicy.retryAfter(outcome("Retry-After", "Sun, 01 Nov 2026 09:00:00 GMT"),
        now)).isEqualTo(Duration.ZERO);
    assertThat(RetryPolicy.retryAfter(outcome("Retry-After", "soon"), now)).isNull();
  }

  private static Outcome<Object> outcome(String name, String value) {
    return Outcome.failure(Outcome.Kind.HTTP_ERROR, null, 429, Headers.of(name, value));
  }
}
