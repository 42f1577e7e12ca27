package dev.billkit.webhooks;

import static dev.billkit.webhooks.TestDelivery.NOW;
import static dev.billkit.webhooks.TestDelivery.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billkit.errors.BillkitException;
import dev.billkit.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The exception is in the SDK's one tree and its message gives a forger nothing to work with. */
class WebhookVerificationExceptionTest {

  private static final String BODY = "{\"amount\":1000,\"note\":\"PAYLOAD_MARKER\"}";
  private static final String SENDER_ID = "evt_SENDERCHOSENID";

  @Test
  void isPartOfTheSdkExceptionTreeWithNoIdempotencyKeyAndNoCause() {
    WebhookVerificationException e = rejected(d -> d.body[3] ^= 1);

    assertThat(e).isInstanceOf(BillkitException.class).isInstanceOf(RuntimeException.class);
    assertThat(e.idempotencyKey()).isEmpty();
    assertThat(e.getCause()).isNull();
    assertThat(e.getSuppressed()).isEmpty();
  }

  @Test
  void theReasonSetIsClosedAtTheSixDocumentedReasons() {
    assertThat(EnumSet.allOf(Reason.class))
        .containsExactlyInAnyOrder(
            Reason.MISSING_HEADER,
            Reason.MALFORMED_HEADER,
            Reason.TIMESTAMP_TOO_OLD,
            Reason.TIMESTAMP_IN_FUTURE,
            Reason.NO_MATCHING_SIGNATURE,
            Reason.BAD_SECRET);
  }

  @Test
  void noDeliveryFailureMessageQuotesSecretsSignaturesBodyOrSenderValues() {
    List<Consumer<TestDelivery>> forgeries = new ArrayList<>();
    forgeries.add(d -> d.body[3] ^= 1);
    forgeries.add(d -> d.set("webhook-signature", "v1,AAAAforgedSIGNATUREbytesAAAAAAAAAAAAAAAA="));
    forgeries.add(d -> d.set("webhook-signature", "v1a,SENDERSIGNATUREv1aONLY"));
    forgeries.add(d -> d.set("webhook-signature", "garbageSENDERHEADER"));
    forgeries.add(d -> d.remove("webhook-signature"));
    forgeries.add(d -> d.add("webhook-id", "evt_SECONDID"));
    forgeries.add(d -> d.set("webhook-id", "evt.SENDER.DOTS"));
    forgeries.add(d -> d.set("webhook-timestamp", "17x4SENDERTS"));
    forgeries.add(d -> d.set("webhook-timestamp", Long.toString(NOW.getEpochSecond() - 3600)));
    forgeries.add(d -> d.set("webhook-timestamp", Long.toString(NOW.getEpochSecond() + 3600)));

    EnumSet<Reason> seen = EnumSet.noneOf(Reason.class);
    for (Consumer<TestDelivery> forgery : forgeries) {
      TestDelivery d = delivery();
      List<String> secrets = secretsAndSignaturesOf(d);
      forgery.accept(d);
      WebhookVerificationException e = rejected(d);
      seen.add(e.reason());

      assertThat(e.getMessage())
          .startsWith("Webhook rejected (" + e.reason() + "): ")
          .doesNotContain("PAYLOAD_MARKER", "SENDER", "evt_", "AAAA", "1000");
      assertThat(e.getCause()).isNull();
      for (String secret : secrets) {
        assertNoEightCharacterWindowOf(secret, e.getMessage());
        assertNoEightCharacterWindowOf(secret, e.toString());
      }
    }
    assertThat(seen).isEqualTo(EnumSet.complementOf(EnumSet.of(Reason.BAD_SECRET)));
  }

  @Test
  void badSecretMessagesNameTheSecretByPositionNeverByValue() {
    String[] malformed = {
      "whsec_c2hvcnRTRUNSRVQ=", "whsec_not*base64!SECRETVALUE", "sk_live_SECRETVALUE", "v1,SIGVALUE"
    };
    for (String secret : malformed) {
      WebhookVerificationException e =
          catchThrowableOfType(
              () -> WebhookVerifier.builder().addSecret(SECRET).addSecret(secret),
              WebhookVerificationException.class);

      assertThat(e.reason()).isEqualTo(Reason.BAD_SECRET);
      assertThat(e.getMessage()).contains("secret #2");
      assertNoEightCharacterWindowOf(secret.substring(secret.indexOf('_') + 1), e.getMessage());
      assertThat(e.getMessage()).doesNotContain("SECRETVALUE", "SIGVALUE");
    }
  }

  private static TestDelivery delivery() {
    TestDelivery d = TestDelivery.signed(BODY);
    d.set("webhook-id", SENDER_ID);
    Map<String, String> resigned =
        WebhookSigner.of(SECRET).sign(SENDER_ID, NOW, BODY.getBytes(StandardCharsets.UTF_8));
    resigned.forEach(d::set);
    return d;
  }

  /** The secret, its key material, and the genuine signature a forger would love to learn. */
  private static List<String> secretsAndSignaturesOf(TestDelivery d) {
    return List.of(SECRET, SECRET.substring("whsec_".length()), d.get("webhook-signature"));
  }

  private static WebhookVerificationException rejected(Consumer<TestDelivery> forgery) {
    TestDelivery d = delivery();
    forgery.accept(d);
    return rejected(d);
  }

  private static WebhookVerificationException rejected(TestDelivery d) {
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .addSecret(SECRET)
            .tolerance(Duration.ofMinutes(5))
            .clock(TestDelivery.CLOCK)
            .build();
    return catchThrowableOfType(() -> d.verifyWith(verifier), WebhookVerificationException.class);
  }

  private static void assertNoEightCharacterWindowOf(String secret, String message) {
    for (int i = 0; i + 8 <= secret.length(); i++) {
      assertThat(message).doesNotContain(secret.substring(i, i + 8));
    }
  }
}
