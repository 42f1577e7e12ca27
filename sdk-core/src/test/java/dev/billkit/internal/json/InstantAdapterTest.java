package dev.billkit.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantAdapterTest {
  private final InstantAdapter adapter = new InstantAdapter();

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-01T10:00:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
      "2099-12-31T00:00:01Z"})
  void theFastPathAgreesWithTheJdkParser(String text) {
    assertThat(InstantAdapter.parseUtcSeconds(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-01T10:00:00.5Z", "2026-11-01T10:00:00+02:00",
      "2025-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-01 10:00:00Z"})
  void otherFormsGoToTheFullParser(String text) {
    assertThat(InstantAdapter.parseUtcSeconds(text)).isNull();
  }

  @Test
  void offsetsAndFractionsStillParse() throws Exception {
    assertThat(adapter.fromJson("\"2026-11-01T12:00:00.250+02:00\""))
        .isEqualTo(Instant.parse("2026-11-01T10:00:00.250Z"));
  }

  @Test
  void anImpossibleDateIsRejectedWithThePath() {
    assertThatThrownBy(() -> adapter.fromJson("\"2025-02-29T10:00:00Z\""))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("RFC 3339");
  }
}
