package dev.billkit;

import java.time.Duration;

/** Argument checks shared by the builders. */
final class Durations {
  private Durations() {}

  static Duration positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration (got " + value + ")");
    }
    return value;
  }

  static Duration nonNegative(String name, Duration value) {
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or positive (got " + value + ")");
    }
    return value;
  }
}
