package dev.billkit.mock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.tenant.Tenants;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AuthTest {
  private static final String ALPHABET = "aZ09_-sk_test_!é .\t/+%";

  @Test
  void theHandWrittenKeyCheckAgreesWithTheKeyPatternOnEveryString() {
    SplittableRandom random = new SplittableRandom(20261123L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder key = new StringBuilder(random.nextBoolean() ? "sk_test_" : "");
      int length = random.nextInt(4) == 0 ? 195 + random.nextInt(10) : random.nextInt(12);
      for (int j = 0; j < length; j++) {
        key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String k = key.toString();
      assertThat(Auth.wellFormed(k)).as(k).isEqualTo(Tenants.KEY.matcher(k).matches());
    }
  }

  @Test
  void aKeyIsSkTestFollowedByOneToTwoHundredLettersDigitsUnderscoresOrDashes() {
    assertThat(Auth.wellFormed("sk_test_a")).isTrue();
    assertThat(Auth.wellFormed("sk_test_" + "x".repeat(200))).isTrue();
    assertThat(Auth.wellFormed("sk_test_" + "x".repeat(201))).isFalse();
    assertThat(Auth.wellFormed("sk_test_")).isFalse();
    assertThat(Auth.wellFormed("sk_live_abc")).isFalse();
    assertThat(Auth.wellFormed("sk_test_a b")).isFalse();
  }

  @Test
  void aHeaderOtherThanBearerGivesNoKey() {
    assertThat(Auth.apiKey("Basic sk_test_a")).isNull();
    assertThat(Auth.apiKey(null)).isNull();
    assertThat(Auth.apiKey("bearer  sk_test_a ")).isEqualTo("sk_test_a");
  }
}
