package dev.billkit.webhooks.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.webhooks.WebhookSigner;
import dev.billkit.webhooks.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Two application instances behind one load balancer share the JDBC claim table. */
class WebhookFilterSharedDeduplicationTest {

  @Test
  void aDuplicateDeliveredToTheOtherInstanceIsNotHandledTwice() throws Exception {
    String secret = WebhookSigner.generateSecret();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:shared-dedup;DB_CLOSE_DELAY=-1");
    JdbcWebhookDeduplicator dedup = new JdbcWebhookDeduplicator(h2);
    dedup.createTableIfNotExists();
    WebhookVerifier verifier = WebhookVerifier.builder().addSecret(secret).build();
    RecordingHandler handlerA = new RecordingHandler();
    RecordingHandler handlerB = new RecordingHandler();
    byte[] body = "{\"type\":\"refund.created\"}".getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = WebhookSigner.of(secret).sign("evt_shared", Instant.now(), body);

    try (JettyHarness a = new JettyHarness(handlerA, List.of(filter(verifier, dedup)));
        JettyHarness b = new JettyHarness(handlerB, List.of(filter(verifier, dedup)))) {
      assertThat(a.post(body, headers, "application/json", false).statusCode()).isEqualTo(200);
      assertThat(b.post(body, headers, "application/json", false).statusCode()).isEqualTo(200);
    }

    assertThat(handlerA.handledIds).containsExactly("evt_shared");
    assertThat(handlerB.handledIds).isEmpty();
  }

  private static WebhookFilter filter(WebhookVerifier verifier, WebhookDeduplicator dedup) {
    return WebhookFilter.builder().verifier(verifier).deduplicator(dedup).build();
  }
}
