package dev.billkit.mock.internal.spec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 3339 date-times as requests carry them ({@code format: date-time}). {@link
 * java.time.OffsetDateTime#parse} is narrower than RFC 3339: it refuses offsets beyond ±18:00 and
 * more than nine digits of fraction, both of which the schema allows, so the mock parses them here.
 * The API answers in UTC with four-digit years, so a request time is only accepted when it falls in
 * years 0000 to 9999 once moved to UTC. Stateless.
 */
public final class DateTimes {
  /** The earliest instant the API can write: {@code 0000-01-01T00:00:00Z}. */
  public static final Instant MIN = Instant.parse("0000-01-01T00:00:00Z");

  /** The latest instant the API can write (to the nanosecond): {@code 9999-12-31T23:59:59Z}. */
  public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private static final Pattern RFC3339 =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"
              + "(?:[Zz]|([+-])(\\d{2}):(\\d{2}))");

  private DateTimes() {}

  /**
   * Parses an RFC 3339 date-time: {@code T} and {@code Z} in either case, any offset up to ±23:59,
   * any number of fraction digits (those past nanoseconds are dropped), and a leap second ({@code
   * :60}) as the first instant of the next minute.
   *
   * @throws DateTimeParseException if {@code text} is not one
   */
  public static Instant parse(String text) {
    Matcher m = RFC3339.matcher(text);
    if (!m.matches()) {
      throw new DateTimeParseException("not an RFC 3339 date-time", text, 0);
    }
    try {
      int second = Integer.parseInt(m.group(6));
      if (second > 60) {
        throw new DateTimeException("second out of range");
      }
      String fraction = m.group(7) == null ? "" : m.group(7);
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              Math.min(second, 59),
              Integer.parseInt((fraction + "000000000").substring(0, 9)));
      int offsetSeconds = 0;
      if (m.group(8) != null) {
        int hours = Integer.parseInt(m.group(9));
        int minutes = Integer.parseInt(m.group(10));
        if (hours > 23 || minutes > 59) {
          throw new DateTimeException("offset out of range");
        }
        offsetSeconds = (m.group(8).equals("-") ? -1 : 1) * (hours * 3600 + minutes * 60);
      }
      return local
          .toInstant(ZoneOffset.UTC)
          .plusSeconds((second == 60 ? 1 : 0) - (long) offsetSeconds);
    } catch (DateTimeException e) {
      throw new DateTimeParseException(e.getMessage(), text, 0, e);
    }
  }

  /** Whether {@code text} is a date-time that {@link #parse} reads and the API can write back. */
  static boolean representable(String text) {
    Instant at = parsedOrNull(text);
    return at != null && !at.isBefore(MIN) && !at.isAfter(MAX);
  }

  /** Whether {@code text} is a date-time that {@link #parse} reads but the API cannot write. */
  static boolean outOfRange(String text) {
    Instant at = parsedOrNull(text);
    return at != null && (at.isBefore(MIN) || at.isAfter(MAX));
  }

  private static Instant parsedOrNull(String text) {
    try {
      return parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
