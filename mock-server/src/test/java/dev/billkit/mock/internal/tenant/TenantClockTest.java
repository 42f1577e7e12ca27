package dev.billkit.mock.internal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantClockTest {
  @Test
  void theStartDependsOnlyOnTheSeed() {
    assertThat(TenantClock.start(0)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(TenantClock.start(7)).isEqualTo(Instant.parse("2026-11-08T00:00:00Z"));
    assertThat(TenantClock.start(-1)).isEqualTo(TenantClock.start(364));
  }

  @Test
  void itStandsStillUntilAdvancedAndNeverGoesBack() {
    TenantClock clock = new TenantClock(TenantClock.start(0).getEpochSecond());
    assertThat(clock.nowText()).isEqualTo("2026-11-01T00:00:00Z").isEqualTo(clock.nowText());
    clock.advanceBy(Duration.ofDays(31));
    assertThat(clock.nowText()).isEqualTo("2026-12-02T00:00:00Z");
    assertThatThrownBy(() -> clock.advanceTo(Instant.parse("2026-11-15T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only moves forward");
  }

  @Test
  void formattingDropsFractionsAndFollowsEverySecondItIsGiven() {
    // format() remembers the last second it formatted; alternating seconds must not confuse it.
    for (int i = 0; i < 3; i++) {
      assertThat(TenantClock.format(Instant.parse("2026-11-01T00:00:00.999Z")))
          .isEqualTo("2026-11-01T00:00:00Z");
      assertThat(TenantClock.format(Instant.parse("2026-11-01T00:00:01Z")))
          .isEqualTo("2026-11-01T00:00:01Z");
      assertThat(TenantClock.format(Instant.parse("1969-12-31T23:59:59.5Z")))
          .isEqualTo("1969-12-31T23:59:59Z");
    }
  }
}
