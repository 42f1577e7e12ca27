package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.testing.Receiver;
import dev.billkit.mock.testing.Signed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Failed deliveries: retries run by advancing the event's timeline, auto-disable after ten
 * consecutive failures and at once on 410, redelivery, connection failures.
 */
class WebhookRetriesTest {
  @AutoClose static final DomainServer server = DomainServer.start();

  @Test
  @SuppressWarnings("unchecked")
  void aFailedDeliveryIsRetriedWithTheSameWebhookIdWhenTheAccountClockAdvances() {
    String key = server.newKey();
    server.receiver.on("/retry", Receiver.Behaviour.sequence(500, 200));
    Map<String, Object> endpoint = server.endpoint(key, "/retry", "customer.created");
    server.customer(key, "{\"email\":\"a@example.com\"}");
    Map<String, Object> failed = server.await(key, "await=customer.created&attempt=1").get(0);
    String event = (String) failed.get("event");

    assertThat(failed).containsEntry("succeeded", false).containsEntry("response_status", 500L);
    String deliveries = "/v1/webhook_endpoints/" + endpoint.get("id") + "/deliveries";
    Map<String, Object> first =
        ((List<Map<String, Object>>) server.get(key, deliveries).get("data")).get(0);
    assertThat(first).containsEntry("status", "failed").containsEntry("response_status", 500L);
    Instant retryAt = Times.parse((String) first.get("next_retry_at"));
    Instant t0 = Times.parse("2026-11-01T00:00:00Z");
    assertThat(Duration.between(t0, retryAt))
        .isBetween(Duration.ofSeconds(30), Duration.ofSeconds(36));
    assertThat(server.get(key, "/v1/events/" + event)).containsEntry("pending_webhooks", 1L);

    server.advanceAccount(key, 60);
    server.await(key, "await=customer.created&event=" + event + "&attempt=2&succeeded=true");

    List<Receiver.Received> got = server.receiver.at("/retry");
    assertThat(got).extracting(r -> r.header("webhook-id")).containsExactly(event, event);
    assertThat(got)
        .allSatisfy(r -> assertThat(Signed.matches(r, (String) endpoint.get("secret"))).isOne());
    List<Map<String, Object>> log =
        (List<Map<String, Object>>) server.get(key, deliveries).get("data");
    assertThat(log).extracting(d -> d.get("attempt")).containsExactly(2L, 1L);
    assertThat(log.get(0))
        .containsEntry("status", "succeeded")
        .containsEntry("created_at", first.get("next_retry_at"))
        .containsEntry("next_retry_at", null);
    assertThat(server.get(key, "/v1/events/" + event)).containsEntry("pending_webhooks", 0L);
  }

  @Test
  void retriesOfATestClockCustomersEventsRunWhenThatClockAdvances() {
    String key = server.newKey();
    server.receiver.on("/clocked", Receiver.Behaviour.sequence(503, 204));
    server.endpoint(key, "/clocked", "customer.created");
    String clock =
        (String)
            server
                .post(
                    key,
                    "/v1/test_helpers/test_clocks",
                    "{\"frozen_time\":\"2027-03-01T00:00:00Z\"}")
                .get("id");
    server.customer(key, "{\"email\":\"a@example.com\",\"test_clock\":\"" + clock + "\"}");
    Map<String, Object> failed = server.await(key, "await=customer.created&attempt=1").get(0);

    assertThat(failed).containsEntry("attempted_at", "2027-03-01T00:00:00Z");
    // Only the clock's own expiry waits on the account timeline: the retry is on the test clock.
    assertThat(server.get(key, "/_mock/clock")).containsEntry("pending_tasks", 1L);
    server.post(
        key,
        "/v1/test_helpers/test_clocks/" + clock + "/advance",
        "{\"frozen_time\":\"2027-03-01T01:00:00Z\"}");
    Map<String, Object> retried =
        server
            .await(
                key,
                "await=customer.created&event=" + failed.get("event") + "&attempt=2&succeeded=true")
            .get(0);
    assertThat((String) retried.get("attempted_at")).startsWith("2027-03-01T00:00:3");
  }

  @Test
  @SuppressWarnings("unchecked")
  void tenConsecutiveFailuresDisableTheEndpointAndNothingMoreIsSentToIt() {
    String key = server.newKey();
    server.receiver.on("/down", Receiver.Behaviour.status(500));
    Map<String, Object> endpoint = server.endpoint(key, "/down", "customer.created");
    server.customer(key, "{\"email\":\"a@example.com\"}");
    String event = null;
    for (int attempt = 1; attempt <= 10; attempt++) {
      Map<String, Object> a = server.await(key, "await=customer.created&attempt=" + attempt).get(0);
      event = (String) a.get("event");
      if (attempt < 10) {
        server.advanceAccount(key, 86_400);
      }
    }
    String id = (String) endpoint.get("id");
    assertThat(server.get(key, "/v1/webhook_endpoints/" + id))
        .containsEntry("status", "disabled")
        .containsEntry("disabled_reason", "consecutive_failures");
    List<Map<String, Object>> log =
        (List<Map<String, Object>>)
            server.get(key, "/v1/webhook_endpoints/" + id + "/deliveries?limit=100").get("data");
    assertThat(log).hasSize(10).allSatisfy(d -> assertThat(d).containsEntry("status", "failed"));
    assertThat(log.get(0)).containsEntry("attempt", 10L).containsEntry("next_retry_at", null);
    assertThat(log.get(1).get("next_retry_at")).isNotNull();
    assertThat(server.receiver.at("/down")).hasSize(10);
    assertThat(server.receiver.at("/down"))
        .allSatisfy(r -> assertThat(r.header("webhook-id")).isEqualTo(log.get(0).get("event")));

    server.customer(key, "{\"email\":\"b@example.com\"}");
    assertThat(
            FixtureServer.ids(
                server.get(key, "/v1/webhook_endpoints/" + id + "/deliveries?limit=100")))
        .hasSize(10);
    assertThat(server.get(key, "/_mock/clock")).containsEntry("pending_tasks", 0L);
    assertThat(event).isNotNull();
  }

  @Test
  void aGoneReceiverDisablesTheEndpointAtOnce() {
    String key = server.newKey();
    server.receiver.on("/gone", Receiver.Behaviour.status(410));
    String id = (String) server.endpoint(key, "/gone", "customer.created").get("id");
    server.customer(key, "{\"email\":\"a@example.com\"}");
    server.await(key, "await=customer.created");

    assertThat(server.get(key, "/v1/webhook_endpoints/" + id))
        .containsEntry("status", "disabled")
        .containsEntry("disabled_reason", "gone");
    assertThat(server.get(key, "/_mock/clock")).containsEntry("pending_tasks", 0L);
  }

  @Test
  void anUnreachableReceiverFailsToConnectAndIsRetried() throws Exception {
    String key = server.newKey();
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    server.post(
        key,
        "/v1/webhook_endpoints",
        "{\"url\":\"http://127.0.0.1:" + closedPort + "/x\",\"enabled_events\":[\"*\"]}");
    server.customer(key, "{\"email\":\"a@example.com\"}");

    Map<String, Object> attempt = server.await(key, "await=customer.created").get(0);
    assertThat(attempt)
        .containsEntry("error", "connection_failed")
        .containsEntry("response_status", null)
        .containsEntry("succeeded", false);
  }

  @Test
  @SuppressWarnings("unchecked")
  void redeliverySendsTheEventAgainWithTheSameWebhookIdAndCountsAttemptsOn() {
    String key = server.newKey();
    Map<String, Object> endpoint = server.endpoint(key, "/again", "customer.created");
    String off = (String) server.endpoint(key, "/off", "customer.created").get("id");
    server.post(key, "/v1/webhook_endpoints/" + off, "{\"status\":\"disabled\"}");
    server.customer(key, "{\"email\":\"a@example.com\"}");
    String event =
        (String) server.await(key, "await=customer.created&succeeded=true").get(0).get("event");

    Map<String, Object> answer = server.post(key, "/v1/events/" + event + "/redeliver", "{}");
    assertThat(answer).containsEntry("id", event);
    server.await(key, "await=customer.created&event=" + event + "&attempt=2&succeeded=true");
    assertThat(server.receiver.at("/again"))
        .extracting(r -> r.header("webhook-id"))
        .containsExactly(event, event);
    assertThat(server.receiver.at("/off")).isEmpty();

    var disabled =
        server
            .http
            .post("/v1/events/" + event + "/redeliver")
            .key(key)
            .json("{\"webhook_endpoint\":\"" + off + "\"}")
            .send();
    assertThat(disabled.status()).isEqualTo(400);
    assertThat(disabled.errorCode()).isEqualTo("invalid_state_transition");
    assertThat((String) disabled.error().get("message")).contains("disabled", off);
    var missing =
        server
            .http
            .post("/v1/events/" + event + "/redeliver")
            .key(key)
            .json("{\"webhook_endpoint\":\"we_nothere\"}")
            .send();
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.error()).containsEntry("param", "webhook_endpoint");
    assertThat(server.http.post("/v1/events/evt_nothere/redeliver").key(key).send().status())
        .isEqualTo(404);
    assertThat(
            FixtureServer.ids(
                server.get(key, "/v1/webhook_endpoints/" + endpoint.get("id") + "/deliveries")))
        .hasSize(2);
  }

  @Test
  void deliveryOutcomesAndRetriesNeverShiftTheTenantsOtherIds() {
    String key = server.mock.tenant("webhook-ids").apiKey();
    server.receiver.on("/ids-bad", Receiver.Behaviour.status(500));
    List<Object> happy = scenario(key, "/ids-ok");
    server.post(key, "/_mock/reset", "{}");
    List<Object> failing = scenario(key, "/ids-bad");

    server.await(key, "await=customer.created&attempt=2");
    assertThat(failing).isEqualTo(happy);
  }

  /** Customers and events around deliveries that succeed or fail and retry; returns their ids. */
  private static List<Object> scenario(String key, String path) {
    String endpoint = (String) server.endpoint(key, path, "customer.created").get("id");
    String a = server.customer(key, "{\"email\":\"a@example.com\"}");
    String b = server.customer(key, "{\"email\":\"b@example.com\"}");
    server.receiver.await(path, 2);
    server.await(key, "await=customer.created&attempt=1&endpoint=" + endpoint);
    server.advanceAccount(key, 3600);
    String c = server.customer(key, "{\"email\":\"c@example.com\"}");
    server.receiver.await(path, 3);
    List<Object> ids = new java.util.ArrayList<>(List.of(endpoint, a, b, c));
    ids.addAll(FixtureServer.ids(server.get(key, "/v1/events?limit=100")));
    return ids;
  }
}
