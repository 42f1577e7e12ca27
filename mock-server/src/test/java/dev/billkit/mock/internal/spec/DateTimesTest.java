package dev.billkit.mock.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DateTimesTest {
  @Test
  void anyRfc3339OffsetUpToTwentyThreeFiftyNineIsApplied() {
    assertThat(DateTimes.parse("2026-11-01T22:43:00+22:43"))
        .isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(DateTimes.parse("2026-11-01T00:00:00-23:59"))
        .isEqualTo(Instant.parse("2026-11-01T23:59:00Z"));
  }

  @Test
  void fractionDigitsPastNanosecondsAreDropped() {
    assertThat(DateTimes.parse("2026-11-01T00:00:00.1234567891234z"))
        .isEqualTo(Instant.parse("2026-11-01T00:00:00.123456789Z"));
  }

  @Test
  void aLeapSecondIsTheFirstInstantOfTheNextMinute() {
    assertThat(DateTimes.parse("2016-12-31T23:59:60Z"))
        .isEqualTo(Instant.parse("2017-01-01T00:00:00Z"));
  }

  @Test
  void whatIsNotRfc3339IsADateTimeParseException() {
    for (String text :
        new String[] {
          "2026-11-01 00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-01T00:00:00+24:00", "yesterday"
        }) {
      assertThatThrownBy(() -> DateTimes.parse(text))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
    }
  }

  @Test
  void onlyTimesWithFourDigitYearsInUtcAreRepresentable() {
    assertThat(DateTimes.representable("0000-01-01T00:00:00Z")).isTrue();
    assertThat(DateTimes.representable("9999-12-31T23:59:59Z")).isTrue();
    assertThat(DateTimes.representable("9999-12-31T23:59:59-00:01")).isFalse();
    assertThat(DateTimes.representable("0000-01-01T00:00:00+00:01")).isFalse();
    assertThat(DateTimes.outOfRange("0000-01-01T00:00:00+00:01")).isTrue();
    assertThat(DateTimes.outOfRange("not a time")).isFalse();
  }
}
