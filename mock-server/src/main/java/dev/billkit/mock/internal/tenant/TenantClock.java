package dev.billkit.mock.internal.tenant;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A tenant's frozen clock. It starts at {@link #start(long)} and never moves by itself: requests do
 * not advance it, so the same calls always give the same timestamps. Only an explicit advance (test
 * clocks, the admin API) moves it, and only forward. Second precision. Thread-safe.
 */
public final class TenantClock {
  private static final Instant EPOCH = Instant.parse("2026-11-01T00:00:00Z");

  /**
   * The last second {@link #format} formatted. Clocks stand still and all start at the same second
   * for one seed, so a request that creates an object and its events formats the same second
   * several times; a POST spent about 4 % of its time in {@code DateTimeFormatter} before this.
   */
  private static volatile Formatted lastFormatted = new Formatted(Long.MIN_VALUE, "");

  private volatile long epochSecond;

  TenantClock(long epochSecond) {
    this.epochSecond = epochSecond;
  }

  /**
   * Where every tenant's clock starts for a given seed: 2026-11-01T00:00:00Z (the API version's
   * date) plus {@code seed mod 365} days.
   */
  public static Instant start(long seed) {
    return EPOCH.plus(Math.floorMod(seed, 365L), ChronoUnit.DAYS);
  }

  /** The current mock time. */
  public Instant now() {
    return Instant.ofEpochSecond(epochSecond);
  }

  /** The current mock time in seconds since the epoch. */
  public long epochSecond() {
    return epochSecond;
  }

  /** The current mock time as an RFC 3339 UTC string, e.g. {@code 2026-01-01T00:00:00Z}. */
  public String nowText() {
    return format(now());
  }

  /**
   * Moves the clock forward to {@code to}.
   *
   * @throws IllegalArgumentException if {@code to} is before the current time
   */
  public synchronized void advanceTo(Instant to) {
    if (to.getEpochSecond() < epochSecond) {
      throw new IllegalArgumentException(
          "the clock only moves forward: " + to + " is before " + now());
    }
    epochSecond = to.getEpochSecond();
  }

  /** Moves the clock forward by a non-negative {@code amount}. */
  public synchronized void advanceBy(Duration amount) {
    advanceTo(now().plus(amount));
  }

  /** Sets the clock to a saved value (restoring state only). */
  synchronized void restore(long savedEpochSecond) {
    epochSecond = savedEpochSecond;
  }

  /** RFC 3339 UTC with second precision. */
  public static String format(Instant instant) {
    long second = instant.getEpochSecond();
    Formatted last = lastFormatted;
    if (last.second == second) {
      return last.text;
    }
    String text = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(second));
    lastFormatted = new Formatted(second, text);
    return text;
  }

  private record Formatted(long second, String text) {}
}
