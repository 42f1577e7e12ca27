package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoggingRequestListenerTest {
  @Test
  void redactsApiKeysWebhookSecretsAndClientSecretsInUrls() {
    assertThat(LoggingRequestListener.redact(
        "POST http://h/v1/checkout_sessions/client/cs_secret_abc/confirm key sk_test_XYZ"
            + " whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        .isEqualTo("POST http://h/v1/checkout_sessions/client/<redacted>/confirm key "
            + "sk_test_<redacted> whsec_<redacted>");
  }

  @Test
  void redactsAuthorizationAndCookieHeaders() {
    Map<String, List<String>> out = LoggingRequestListener.redact(Map.of(
        "Authorization", List.of("Bearer sk_test_1"), "cookie", List.of("a=b"),
        "Idempotency-Key", List.of("k1")));

    assertThat(out).containsEntry("Authorization", List.of("<redacted>"))
        .containsEntry("cookie", List.of("<redacted>"))
        .containsEntry("Idempotency-Key", List.of("k1"));
  }
}
