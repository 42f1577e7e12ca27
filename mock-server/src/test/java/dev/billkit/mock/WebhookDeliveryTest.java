package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.testing.Receiver;
import dev.billkit.mock.testing.Signed;
import dev.billkit.mock.testing.SpecConformance;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Signed delivery to a real receiver, the delivery log, rotation and the type filter. */
class WebhookDeliveryTest {
  @AutoClose static final DomainServer server = DomainServer.start();

  @Test
  @SuppressWarnings("unchecked")
  void everyEventReachesTheEndpointAsASignedPostOfTheEventItself() {
    String key = server.newKey();
    Map<String, Object> endpoint = server.endpoint(key, "/signed", "*");
    String secret = (String) endpoint.get("secret");
    server.customer(key, "{\"email\":\"zoe@example.com\",\"name\":\"Zoë Ångström 日本\"}");

    Map<String, Object> attempt = server.await(key, "await=customer.created&succeeded=true").get(0);
    Receiver.Received got = server.receiver.at("/signed").get(0);
    Map<String, Object> event =
        ((List<Map<String, Object>>)
                server.get(key, "/v1/events?type=customer.created").get("data"))
            .get(0);

    assertThat(got.header("webhook-id")).isEqualTo(event.get("id"));
    assertThat(got.header("content-type")).isEqualTo("application/json");
    assertThat(got.header("user-agent")).startsWith("billkit-mock/");
    assertThat(Signed.signatures(got)).hasSize(1);
    assertThat(Signed.matches(got, secret)).isEqualTo(1);
    assertThat(Signed.matches(got, "whsec_" + "A".repeat(43) + "=")).isZero();
    long timestamp = Long.parseLong(got.header("webhook-timestamp"));
    assertThat(Math.abs(timestamp - Instant.now().getEpochSecond())).isLessThan(300);
    assertThat(
            SpecConformance.billing().schemaProblems("#/components/schemas/Event", got.bodyText()))
        .isEmpty();
    Map<String, Object> sent = Json.readObject(got.body());
    assertThat(sent).containsEntry("pending_webhooks", 1L);
    sent.put("pending_webhooks", 0L);
    assertThat(sent).isEqualTo(event);
    assertThat(event).containsEntry("pending_webhooks", 0L);

    assertThat(attempt)
        .containsEntry("endpoint", endpoint.get("id"))
        .containsEntry("event", event.get("id"))
        .containsEntry("attempt", 1L)
        .containsEntry("response_status", 200L)
        .containsEntry("error", null)
        .containsEntry("chaos", null)
        .containsEntry("payload", got.bodyText())
        .containsEntry("attempted_at", "2026-11-01T00:00:00Z");
    assertThat((Map<String, Object>) attempt.get("request_headers"))
        .containsEntry("webhook-signature", got.header("webhook-signature"));
    Map<String, Object> delivery =
        ((List<Map<String, Object>>)
                server
                    .get(
                        key,
                        "/v1/webhook_endpoints/"
                            + endpoint.get("id")
                            + "/deliveries?event="
                            + event.get("id"))
                    .get("data"))
            .get(0);
    assertThat(delivery)
        .containsEntry("event", event.get("id"))
        .containsEntry("event_type", "customer.created")
        .containsEntry("attempt", 1L)
        .containsEntry("status", "succeeded")
        .containsEntry("response_status", 200L)
        .containsEntry("error", null)
        .containsEntry("next_retry_at", null);
    assertThat((Long) delivery.get("latency_ms")).isGreaterThanOrEqualTo(0L);
  }

  @Test
  void onlyTheTypesAnEndpointEnabledAreDeliveredToIt() {
    String key = server.newKey();
    String id = (String) server.endpoint(key, "/types", "customer.updated").get("id");
    String customer = server.customer(key, "{\"email\":\"a@example.com\"}");
    server.post(key, "/v1/customers/" + customer, "{\"name\":\"Ada\"}");

    server.await(key, "await=customer.updated&succeeded=true");
    assertThat(server.attempts(key, "type=customer.created")).isEmpty();
    assertThat(server.get(key, "/v1/webhook_endpoints/" + id + "/deliveries?status=succeeded"))
        .satisfies(list -> assertThat(FixtureServer.ids(list)).hasSize(1));
    assertThat(server.receiver.at("/types")).hasSize(1);
  }

  @Test
  void afterARotationBothSecretsSignUntilThePreviousOneExpires() {
    String key = server.newKey();
    Map<String, Object> endpoint = server.endpoint(key, "/rotate", "customer.created");
    String old = (String) endpoint.get("secret");
    String fresh =
        (String)
            server
                .post(
                    key,
                    "/v1/webhook_endpoints/" + endpoint.get("id") + "/rotate_secret",
                    "{\"expire_previous_after_seconds\":3600}")
                .get("secret");
    server.customer(key, "{\"email\":\"a@example.com\"}");
    server.await(key, "await=customer.created&succeeded=true");
    Receiver.Received both = server.receiver.at("/rotate").get(0);

    assertThat(Signed.signatures(both)).hasSize(2);
    assertThat(Signed.matches(both, old)).isEqualTo(1);
    assertThat(Signed.matches(both, fresh)).isEqualTo(1);
    assertThat(Signed.signatures(both)[0]).isEqualTo(signatureOnlyBy(both, fresh));

    server.advanceAccount(key, 3600);
    server.customer(key, "{\"email\":\"b@example.com\"}");
    server.receiver.await("/rotate", 2);
    Receiver.Received one = server.receiver.at("/rotate").get(1);
    assertThat(Signed.signatures(one)).hasSize(1);
    assertThat(Signed.matches(one, fresh)).isEqualTo(1);
    assertThat(Signed.matches(one, old)).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void eventsAreListedNewestFirstByTypeOrTypePrefixAndRetrievedById() {
    String key = server.newKey();
    String customer = server.customer(key, "{\"email\":\"a@example.com\"}");
    server.post(key, "/v1/customers/" + customer, "{\"name\":\"Ada\"}");

    List<Map<String, Object>> all =
        (List<Map<String, Object>>) server.get(key, "/v1/events").get("data");
    assertThat(all).hasSize(4);
    assertThat(
            ((List<Map<String, Object>>) server.get(key, "/v1/events?type=customer.*").get("data")))
        .extracting(e -> e.get("type"))
        .containsExactly(
            "customer.state_changed",
            "customer.updated",
            "customer.state_changed",
            "customer.created");
    assertThat(
            ((List<Map<String, Object>>)
                server.get(key, "/v1/events?type=customer.created").get("data")))
        .hasSize(1);
    assertThat(server.get(key, "/v1/events?type=refund.*").get("data")).isEqualTo(List.of());
    String id = (String) all.get(0).get("id");
    assertThat(server.get(key, "/v1/events/" + id)).isEqualTo(all.get(0));
    var other = server.http.get("/v1/events/" + id).key(server.newKey()).send();
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.error()).containsEntry("param", "event");
  }

  @Test
  void eventsOfOneTenantNeverReachAnotherTenantsEndpoints() {
    String a = server.newKey();
    String b = server.newKey();
    server.endpoint(a, "/iso-a", "customer.created");
    server.customer(b, "{\"email\":\"b@example.com\"}");
    server.customer(a, "{\"email\":\"a@example.com\"}");

    server.await(a, "await=customer.created&succeeded=true");
    assertThat(server.receiver.at("/iso-a")).hasSize(1);
    assertThat(server.receiver.at("/iso-a").get(0).bodyText()).contains("a@example.com");
    assertThat(server.attempts(b, "")).isEmpty();
  }

  private static String signatureOnlyBy(Receiver.Received request, String secret) {
    for (String s : Signed.signatures(request)) {
      Receiver.Received single =
          new Receiver.Received(
              request.path(),
              Map.of(
                  "webhook-id", request.header("webhook-id"),
                  "webhook-timestamp", request.header("webhook-timestamp"),
                  "webhook-signature", s),
              request.body());
      if (Signed.matches(single, secret) == 1) {
        return s;
      }
    }
    return null;
  }
}
