package dev.billkit.webhooks.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The contract in memory, plus its own memory bound. */
class InMemoryWebhookDeduplicatorTest extends WebhookDeduplicatorContract {

  private final InMemoryWebhookDeduplicator dedup = new InMemoryWebhookDeduplicator(clock);

  @Override
  WebhookDeduplicator dedup() {
    return dedup;
  }

  @Test
  void expiredClaimsAreSweptSoMemoryStaysBounded() {
    for (int i = 0; i < InMemoryWebhookDeduplicator.SWEEP_EVERY - 1; i++) {
      dedup.claim("evt_" + i, Duration.ofSeconds(1));
    }
    clock.advance(Duration.ofSeconds(2));
    dedup.claim("evt_last", PROCESSING);
    assertThat(dedup.size()).isOne();
  }
}
