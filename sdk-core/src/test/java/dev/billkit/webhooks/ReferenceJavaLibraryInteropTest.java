package dev.billkit.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Interop with the reference Java library {@code com.standardwebhooks:standardwebhooks} (pinned in
 * the root pom). It reads the system clock, so these tests sign at the current time.
 */
class ReferenceJavaLibraryInteropTest {

  private static final String SECRET = WebhookSigner.generateSecret();
  private static final String BODY = "{\"type\":\"invoice.paid\",\"customer\":\"Zoë — 日本\"}";

  @Test
  void ourVerifierAcceptsASignatureMadeByTheReferenceLibrary() throws Exception {
    long now = Instant.now().getEpochSecond();
    String signature = new Webhook(SECRET).sign("msg_ref1", now, BODY);

    VerifiedWebhook hook =
        WebhookVerifier.builder()
            .addSecret(SECRET)
            .build()
            .verify(
                BODY.getBytes(StandardCharsets.UTF_8),
                Map.of(
                    "webhook-id", List.of("msg_ref1"),
                    "webhook-timestamp", List.of(Long.toString(now)),
                    "webhook-signature", List.of(signature)));

    assertThat(hook.id()).isEqualTo("msg_ref1");
    assertThat(hook.timestamp().getEpochSecond()).isEqualTo(now);
  }

  @Test
  void referenceLibraryAcceptsHeadersMadeByOurSigner() throws Exception {
    Map<String, String> headers = WebhookSigner.of(SECRET).sign("msg_ours1", Instant.now(), BODY);

    new Webhook(SECRET).verify(BODY, multi(headers));
  }

  @Test
  void referenceLibraryRejectsOurSignatureOverADifferentBody() {
    Map<String, String> headers = WebhookSigner.of(SECRET).sign("msg_ours2", Instant.now(), BODY);

    assertThatThrownBy(() -> new Webhook(SECRET).verify(BODY + " ", multi(headers)))
        .isInstanceOf(com.standardwebhooks.exceptions.WebhookVerificationException.class);
  }

  @Test
  void bothProduceTheSameSignatureForTheSameInput() throws Exception {
    Instant at = Instant.ofEpochSecond(1_793_534_400L);
    String theirs = new Webhook(SECRET).sign("msg_same", at.getEpochSecond(), BODY);
    String ours = WebhookSigner.of(SECRET).sign("msg_same", at, BODY).get("webhook-signature");

    assertThat(ours).isEqualTo(theirs);
  }

  private static Map<String, List<String>> multi(Map<String, String> headers) {
    return Map.of(
        "webhook-id", List.of(headers.get("webhook-id")),
        "webhook-timestamp", List.of(headers.get("webhook-timestamp")),
        "webhook-signature", List.of(headers.get("webhook-signature")));
  }
}
