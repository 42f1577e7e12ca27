package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.Receiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Causal order per endpoint, slow receivers that hold up nothing else, and receiver chaos
 * (duplicate, out of order, delay) from the admin settings.
 */
class WebhookOrderAndChaosTest {
  @AutoClose static final DomainServer server = DomainServer.start();

  @Test
  @SuppressWarnings("unchecked")
  void firstDeliveriesReachASlowReceiverInCausalOrderWhileTheApiAnswersAtOnce() {
    String key = server.newKey();
    CountDownLatch gate = new CountDownLatch(1);
    server.receiver.on("/order", Receiver.Behaviour.holdUntil(gate));
    server.endpoint(key, "/order", "customer.created");
    server.customer(key, "{\"email\":\"c0@example.com\"}");
    server.receiver.await("/order", 1);
    for (int i = 1; i < 15; i++) {
      server.customer(key, "{\"email\":\"c" + i + "@example.com\"}");
    }
    // Fourteen API calls answered while the receiver held the first delivery, and nothing else
    // went out meanwhile: the endpoint's lane sends one attempt at a time.
    assertThat(server.receiver.at("/order")).hasSize(1);
    gate.countDown();

    List<Receiver.Received> got = server.receiver.await("/order", 15);
    List<Object> events = new ArrayList<>();
    for (Map<String, Object> e :
        (List<Map<String, Object>>)
            server.get(key, "/v1/events?limit=100&type=customer.created").get("data")) {
      events.add(0, e.get("id"));
    }
    assertThat(got).extracting(r -> (Object) r.header("webhook-id")).isEqualTo(events);
  }

  @Test
  void aSlowReceiverHoldsUpNeitherOtherEndpointsNorOtherTenants() {
    String key = server.newKey();
    String other = server.newKey();
    CountDownLatch gate = new CountDownLatch(1);
    server.receiver.on("/stuck", Receiver.Behaviour.holdUntil(gate));
    server.endpoint(key, "/stuck", "*");
    String fast = (String) server.endpoint(key, "/fast", "*").get("id");
    server.endpoint(other, "/elsewhere", "*");
    try {
      server.customer(key, "{\"email\":\"a@example.com\"}");
      server.receiver.await("/stuck", 1);
      server.customer(other, "{\"email\":\"b@example.com\"}");

      server.await(key, "await=customer.created&succeeded=true&endpoint=" + fast);
      server.await(other, "await=customer.created&succeeded=true");
      assertThat(server.receiver.at("/stuck")).hasSize(1);
    } finally {
      gate.countDown();
    }
  }

  @Test
  void duplicateChaosSendsEveryDeliveryTwiceWithTheSameWebhookId() {
    String key = server.newKey();
    String id = (String) server.endpoint(key, "/dup", "customer.created").get("id");
    chaos(key, id, "{\"duplicate\":true}");
    String event = created(key, "a@example.com");
    markerDelivered(key);

    List<Map<String, Object>> log = server.attempts(key, "event=" + event);
    assertThat(log).extracting(a -> a.get("chaos")).containsExactly("duplicate", null);
    assertThat(log).allSatisfy(a -> assertThat(a).containsEntry("succeeded", true));
    List<Receiver.Received> got = server.receiver.at("/dup").subList(0, 2);
    assertThat(got).extracting(r -> r.header("webhook-id")).containsExactly(event, event);
    assertThat(got.get(0).bodyText()).isEqualTo(got.get(1).bodyText());
    assertThat(server.get(key, "/v1/webhook_endpoints/" + id + "/deliveries?event=" + event))
        .satisfies(list -> assertThat(FixtureServer.ids(list)).hasSize(1));
  }

  @Test
  void outOfOrderChaosSwapsConsecutiveDeliveries() {
    String key = server.newKey();
    String id = (String) server.endpoint(key, "/swap", "customer.created").get("id");
    chaos(key, id, "{\"out_of_order\":true}");
    String first = created(key, "first@example.com");
    String second = created(key, "second@example.com");

    List<Receiver.Received> got = server.receiver.await("/swap", 2);
    assertThat(got).extracting(r -> r.header("webhook-id")).containsExactly(second, first);
    server.await(key, "await=customer.created&event=" + first);
    assertThat(server.attempts(key, "event=" + first).get(0))
        .containsEntry("chaos", "out_of_order");
    assertThat(server.attempts(key, "event=" + second).get(0)).containsEntry("chaos", null);
  }

  @Test
  void delayChaosHoldsDeliveriesBackAndSaysSoUntilItIsRemoved() {
    String key = server.newKey();
    String id = (String) server.endpoint(key, "/late", "customer.created").get("id");
    chaos(key, id, "{\"delay_ms\":50}");
    String delayed = created(key, "a@example.com");
    assertThat(server.await(key, "await=customer.created&event=" + delayed).get(0))
        .containsEntry("chaos", "delayed")
        .containsEntry("succeeded", true);

    chaos(key, id, "null");
    String plain = created(key, "b@example.com");
    assertThat(server.await(key, "await=customer.created&event=" + plain).get(0))
        .containsEntry("chaos", null);
    assertThat(server.get(key, "/_mock/settings").get("webhook_chaos")).isEqualTo(Map.of());
  }

  private static void chaos(String key, String endpoint, String options) {
    server.post(
        key, "/_mock/settings", "{\"webhook_chaos\":{\"" + endpoint + "\":" + options + "}}");
  }

  /** Creates a customer; returns the id of its {@code customer.created} event. */
  @SuppressWarnings("unchecked")
  private static String created(String key, String email) {
    server.customer(key, "{\"email\":\"" + email + "\"}");
    List<Map<String, Object>> newest =
        (List<Map<String, Object>>)
            server.get(key, "/v1/events?limit=1&type=customer.created").get("data");
    return (String) newest.get(0).get("id");
  }

  /**
   * Sends a marker event and awaits its first attempt: an endpoint's lane records everything queued
   * before it (duplicates included) before it sends the marker.
   */
  private static void markerDelivered(String key) {
    server.await(key, "await=customer.created&event=" + created(key, "marker@example.com"));
  }
}
