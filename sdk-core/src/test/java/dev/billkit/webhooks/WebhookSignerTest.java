package dev.billkit.webhooks;

import static dev.billkit.webhooks.TestDelivery.NOW;
import static dev.billkit.webhooks.TestDelivery.OTHER_SECRET;
import static dev.billkit.webhooks.TestDelivery.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  @Test
  void producesTheThreeHeadersInOrder() {
    Map<String, String> headers = WebhookSigner.of(SECRET).sign("evt_9", NOW.plusMillis(999), "{}");

    assertThat(headers.keySet())
        .containsExactly("webhook-id", "webhook-timestamp", "webhook-signature");
    assertThat(headers.get("webhook-id")).isEqualTo("evt_9");
    assertThat(headers.get("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
    assertThat(headers.get("webhook-signature")).matches("v1,[A-Za-z0-9+/]{43}=");
  }

  @Test
  void signsOncePerSecretForRotation() {
    String header =
        WebhookSigner.of(SECRET, OTHER_SECRET).sign("evt_9", NOW, "{}").get("webhook-signature");

    String[] entries = header.split(" ");
    assertThat(entries).hasSize(2);
    assertThat(entries[0])
        .isEqualTo(WebhookSigner.of(SECRET).sign("evt_9", NOW, "{}").get("webhook-signature"));
  }

  @Test
  void signedHeadersVerify() {
    Map<String, String> headers = WebhookSigner.of(SECRET).sign("evt_9", NOW, "{\"a\":1}");

    VerifiedWebhook hook =
        TestDelivery.verifier(SECRET).verify("{\"a\":1}", WebhookHeaders.ofSingleValues(headers));
    assertThat(hook.id()).isEqualTo("evt_9");
  }

  @Test
  void generatedSecretsAreValidAndDistinct() {
    String a = WebhookSigner.generateSecret();
    String b = WebhookSigner.generateSecret();

    assertThat(a).startsWith("whsec_").hasSize(6 + 44).isNotEqualTo(b);
    assertThat(WebhookSigner.of(a)).isNotNull();
  }

  @Test
  void refusesIdsThatWouldMakeTheSignedContentAmbiguous() {
    WebhookSigner signer = WebhookSigner.of(SECRET);
    assertThatThrownBy(() -> signer.sign("evt.1", NOW, "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without '.'");
    assertThatThrownBy(() -> signer.sign("", NOW, "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesTimestampsBefore1970() {
    assertThatThrownBy(
            () -> WebhookSigner.of(SECRET).sign("evt_1", Instant.ofEpochSecond(-1), "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToBeBuiltWithoutASecret() {
    assertThatThrownBy(WebhookSigner::of)
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.BAD_SECRET));
  }
}
