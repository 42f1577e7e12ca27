package dev.billkit.webhooks;

import static dev.billkit.webhooks.TestDelivery.NOW;
import static dev.billkit.webhooks.TestDelivery.OTHER_SECRET;
import static dev.billkit.webhooks.TestDelivery.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.webhooks.WebhookVerificationException.Reason;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Each way of tampering with a genuine delivery, rejected with its reason. */
class WebhookForgeryTest {

  private final WebhookVerifier verifier = TestDelivery.verifier(SECRET);
  private final TestDelivery genuine =
      TestDelivery.signed("{\"amount\":1000,\"currency\":\"eur\"}");

  @Test
  void genuineDeliveryIsAccepted() {
    assertThat(genuine.verifyWith(verifier).id()).isEqualTo("evt_1");
  }

  @Test
  void flippedByteInBodyIsRejected() {
    genuine.body[10] ^= 1;
    assertRejected(genuine, Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void flippedByteInIdIsRejected() {
    genuine.set("webhook-id", "evt_0");
    assertRejected(genuine, Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void flippedByteInTimestampIsRejected() {
    long ts = Long.parseLong(genuine.get("webhook-timestamp"));
    genuine.set("webhook-timestamp", Long.toString(ts ^ 1));
    assertRejected(genuine, Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void flippedByteInSignatureIsRejected() {
    byte[] mac = Base64.getDecoder().decode(genuine.get("webhook-signature").substring(3));
    mac[0] ^= 1;
    genuine.set("webhook-signature", "v1," + Base64.getEncoder().encodeToString(mac));
    assertRejected(genuine, Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void truncatedSignatureIsRejected() {
    String sig = genuine.get("webhook-signature");
    genuine.set("webhook-signature", sig.substring(0, sig.length() - 4));
    assertRejected(genuine, Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void signatureMadeWithAnotherSecretIsRejected() {
    TestDelivery forged = TestDelivery.signedAt(NOW, OTHER_SECRET);
    assertRejected(forged, Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void staleTimestampIsRejectedEvenWithAValidSignature() {
    TestDelivery replayed =
        TestDelivery.signedAt(NOW.minus(Duration.ofMinutes(5).plusSeconds(1)), SECRET);
    assertRejected(replayed, Reason.TIMESTAMP_TOO_OLD);
  }

  @Test
  void futureTimestampIsRejectedEvenWithAValidSignature() {
    TestDelivery early =
        TestDelivery.signedAt(NOW.plus(Duration.ofMinutes(5).plusSeconds(1)), SECRET);
    assertRejected(early, Reason.TIMESTAMP_IN_FUTURE);
  }

  @Test
  void duplicatedIdHeaderIsRejected() {
    genuine.add("webhook-id", "evt_2");
    assertRejected(genuine, Reason.MALFORMED_HEADER);
  }

  @Test
  void duplicatedSignatureHeaderIsRejectedEvenIfOneLineIsValid() {
    genuine.add("webhook-signature", "v1,AAAA");
    assertRejected(genuine, Reason.MALFORMED_HEADER);
  }

  @Test
  void duplicatedTimestampHeaderIsRejected() {
    genuine.add("Webhook-Timestamp", genuine.get("webhook-timestamp"));
    assertRejected(genuine, Reason.MALFORMED_HEADER);
  }

  @Test
  void missingSignatureHeaderIsRejected() {
    genuine.remove("webhook-signature");
    assertRejected(genuine, Reason.MISSING_HEADER);
  }

  @Test
  void missingIdHeaderIsRejected() {
    genuine.remove("webhook-id");
    assertRejected(genuine, Reason.MISSING_HEADER);
  }

  @Test
  void missingTimestampHeaderIsRejected() {
    genuine.remove("webhook-timestamp");
    assertRejected(genuine, Reason.MISSING_HEADER);
  }

  @Test
  void onlyNonV1SchemesAreRejectedEvenWithTheRightMac() {
    String mac = genuine.get("webhook-signature").substring(3);
    genuine.set("webhook-signature", "v1a," + mac + " v2," + mac + " v0," + mac);
    assertRejected(genuine, Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void emptyBodyWithTheSignatureOfAnotherBodyIsRejected() {
    genuine.body = new byte[0];
    assertRejected(genuine, Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void emptyBodySignedAsEmptyIsAccepted() {
    TestDelivery empty = TestDelivery.signed("");
    assertThat(empty.verifyWith(verifier).id()).isEqualTo("evt_1");
  }

  @Test
  void idWithADotIsRejectedBecauseItBlursTheSignedFields() {
    genuine.set("webhook-id", "evt_1.1");
    assertRejected(genuine, Reason.MALFORMED_HEADER);
  }

  @Test
  void nonCanonicalBase64OfTheRightMacIsRejected() {
    String sig = genuine.get("webhook-signature");
    genuine.set("webhook-signature", sig.substring(0, sig.length() - 1));
    assertRejected(genuine, Reason.NO_MATCHING_SIGNATURE);
  }

  private void assertRejected(TestDelivery delivery, Reason reason) {
    assertThatThrownBy(() -> delivery.verifyWith(verifier))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET.substring(6, 14)));
  }
}
