package dev.billkit.webhooks;

import static dev.billkit.webhooks.TestDelivery.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.webhooks.WebhookVerificationException.Reason;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookVerifierBuilderTest {

  @Test
  void secretWithoutPrefixIsABadSecretAndTheMessageSaysHowToFixIt() {
    assertBadSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "does not start with \"whsec_\"");
  }

  @Test
  void signatureGivenInPlaceOfTheSecretIsABadSecret() {
    assertBadSecret("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", "is a signature");
  }

  @Test
  void secretThatIsNotBase64IsABadSecret() {
    assertBadSecret("whsec_not*base64!", "not valid base64");
  }

  @Test
  void secretShorterThan24BytesIsABadSecret() {
    assertBadSecret("whsec_" + Base64.getEncoder().encodeToString(new byte[16]), "16 bytes");
  }

  @Test
  void secretLongerThan64BytesIsABadSecret() {
    assertBadSecret("whsec_" + Base64.getEncoder().encodeToString(new byte[65]), "65 bytes");
  }

  @Test
  void emptyOrNullSecretIsABadSecret() {
    assertBadSecret("", "is empty");
    assertBadSecret(null, "is empty");
  }

  @Test
  void surroundingWhitespaceFromAnEnvironmentVariableIsIgnored() {
    assertThat(WebhookVerifier.builder().addSecret("  " + SECRET + "\n").build()).isNotNull();
  }

  @Test
  void theErrorNamesWhichSecretIsBadWithoutEchoingIt() {
    assertThatThrownBy(
            () -> WebhookVerifier.builder().addSecrets(List.of(SECRET, "whsec_c2hvcnQ=")))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.BAD_SECRET);
              assertThat(e.getMessage()).contains("secret #2").doesNotContain("c2hvcnQ");
            });
  }

  @Test
  void buildingWithoutAnySecretIsABadSecret() {
    assertThatThrownBy(() -> WebhookVerifier.builder().build())
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.BAD_SECRET);
              assertThat(e.getMessage()).contains("addSecret");
            });
  }

  @Test
  void toleranceMustBePositive() {
    WebhookVerifier.Builder b = WebhookVerifier.builder();
    assertThatThrownBy(() -> b.tolerance(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> b.tolerance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultToleranceIsFiveMinutes() {
    assertThat(WebhookVerifier.DEFAULT_TOLERANCE).isEqualTo(Duration.ofMinutes(5));
    assertThat(WebhookVerifier.builder().addSecret(SECRET).build().toString())
        .contains("toleranceMillis=300000");
  }

  private static void assertBadSecret(String secret, String messagePart) {
    assertThatThrownBy(() -> WebhookVerifier.builder().addSecret(secret))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.BAD_SECRET);
              assertThat(e.getMessage()).contains(messagePart);
            });
  }
}
