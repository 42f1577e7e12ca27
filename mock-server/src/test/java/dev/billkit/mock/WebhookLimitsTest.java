package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.domain.webhook.WebhookOptions;
import dev.billkit.mock.testing.Receiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bounded per-tenant queue and the receiver timeout, each on a server configured for it. */
class WebhookLimitsTest {
  static DomainServer small;
  static DomainServer impatient;

  @BeforeAll
  static void start() {
    small = DomainServer.start(WebhookOptions.defaults().withTenantQueueLimit(2));
    impatient = DomainServer.start(WebhookOptions.defaults().withTimeout(Duration.ofMillis(300)));
  }

  @AfterAll
  static void stop() {
    small.close();
    impatient.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void whatOverflowsTheTenantsQueueIsRecordedAsFailedAndRetriedNotDropped() {
    String key = small.newKey();
    CountDownLatch gate = new CountDownLatch(1);
    small.receiver.on("/full", Receiver.Behaviour.holdUntil(gate));
    String id = (String) small.endpoint(key, "/full", "customer.created").get("id");
    try {
      for (int i = 0; i < 4; i++) {
        small.customer(key, "{\"email\":\"c" + i + "@example.com\"}");
      }
      // One attempt in flight and one queued fill the queue of 2; the other two overflow.
      List<Map<String, Object>> overflowed =
          small.await(key, "await=customer.created&succeeded=false");
      assertThat(small.attempts(key, "succeeded=false"))
          .hasSize(2)
          .allSatisfy(
              a ->
                  assertThat(a)
                      .containsEntry("error", "queue_overflow")
                      .containsEntry("response_status", null)
                      .containsEntry("duration_ms", 0L));
      assertThat(overflowed).isNotEmpty();
      List<Map<String, Object>> log =
          (List<Map<String, Object>>)
              small
                  .get(key, "/v1/webhook_endpoints/" + id + "/deliveries?status=failed")
                  .get("data");
      assertThat(log)
          .hasSize(2)
          .allSatisfy(
              d -> {
                assertThat(d).containsEntry("error", "queue_overflow");
                assertThat(d.get("next_retry_at")).isNotNull();
              });
    } finally {
      gate.countDown();
    }
    List<Map<String, Object>> events =
        (List<Map<String, Object>>) small.get(key, "/v1/events?type=customer.created").get("data");
    // The second event (queued behind the held first one) is delivered once the gate opens;
    // only then is the queue empty again for the retries.
    small.await(key, "await=customer.created&succeeded=true&event=" + events.get(2).get("id"));
    small.advanceAccount(key, 3600);
    List<Receiver.Received> got = small.receiver.await("/full", 4);
    assertThat(got.stream().map(r -> r.header("webhook-id")).distinct()).hasSize(4);
    assertThat(small.get(key, "/v1/webhook_endpoints/" + id)).containsEntry("status", "enabled");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aReceiverThatDoesNotAnswerInTimeFailsTheAttemptWithTimeout() {
    String key = impatient.newKey();
    CountDownLatch never = new CountDownLatch(1);
    impatient.receiver.on("/silent", Receiver.Behaviour.holdUntil(never));
    String id = (String) impatient.endpoint(key, "/silent", "customer.created").get("id");
    try {
      impatient.customer(key, "{\"email\":\"a@example.com\"}");
      Map<String, Object> attempt = impatient.await(key, "await=customer.created").get(0);

      assertThat(attempt)
          .containsEntry("error", "timeout")
          .containsEntry("response_status", null)
          .containsEntry("succeeded", false);
      Map<String, Object> delivery =
          ((List<Map<String, Object>>)
                  impatient.get(key, "/v1/webhook_endpoints/" + id + "/deliveries").get("data"))
              .get(0);
      assertThat(delivery).containsEntry("status", "failed").containsEntry("error", "timeout");
      assertThat((Long) delivery.get("latency_ms")).isGreaterThanOrEqualTo(300L);
      assertThat(delivery.get("next_retry_at")).isNotNull();
    } finally {
      never.countDown();
    }
  }
}
