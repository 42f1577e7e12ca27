package dev.billkit.mock.internal.op;

import dev.billkit.mock.internal.spec.DateTimes;
import dev.billkit.mock.internal.tenant.TenantClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The API's time format (DESIGN §2): RFC 3339 strings in UTC, second precision, as the mock's
 * clocks keep it. Stateless.
 */
public final class Times {
  private Times() {}

  /** {@code 2026-11-01T12:00:00Z}; fractions of a second are dropped. */
  public static String format(Instant instant) {
    return TenantClock.format(instant);
  }

  /**
   * Parses an RFC 3339 date-time with any offset (the spec's {@code format: date-time}, already
   * validated; see {@link DateTimes#parse}) into an instant truncated to the second.
   *
   * @throws java.time.format.DateTimeParseException if it is not one
   */
  public static Instant parse(String text) {
    return parseExact(text).truncatedTo(ChronoUnit.SECONDS);
  }

  /** Like {@link #parse} but keeps fractions of a second (for comparing with a bound). */
  public static Instant parseExact(String text) {
    return DateTimes.parse(text);
  }

  /** {@code instant} plus whole calendar years in UTC (29 February becomes 28 February). */
  public static Instant plusYears(Instant instant, int years) {
    return instant.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
  }
}
