package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.server.SpecSources;
import dev.billkit.mock.testing.MockHttp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The webhook endpoint operations through HTTP: secrets, validation, updates, deletion. */
class WebhookEndpointsTest {
  @AutoClose static final DomainServer server = DomainServer.start();

  @Test
  void createShowsTheSecretOnceAndNothingElseEverShowsIt() {
    String key = server.newKey();
    Map<String, Object> created = server.endpoint(key, "/a", "invoice.paid", "invoice.paid", "*");
    String id = (String) created.get("id");
    String secret = (String) created.get("secret");

    assertThat(id).startsWith("we_");
    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    assertThat(created)
        .containsEntry("status", "enabled")
        .containsEntry("disabled_reason", null)
        .containsEntry("enabled_events", List.of("invoice.paid", "*"))
        .containsEntry("secret_rotated_at", null);
    Map<String, Object> retrieved = server.get(key, "/v1/webhook_endpoints/" + id);
    assertThat(retrieved).containsEntry("secret", null);
    assertThat(server.get(key, "/v1/webhook_endpoints").get("data")).isEqualTo(List.of(retrieved));
    assertThat(server.post(key, "/v1/webhook_endpoints/" + id, "{\"description\":\"x\"}"))
        .containsEntry("secret", null);
  }

  @Test
  void secretsFollowTheKeyAndSeedSoAResetTenantGetsTheSameOnes() {
    String key = server.newKey();
    Map<String, Object> first = server.endpoint(key, "/a", "*");
    server.post(key, "/_mock/reset", "{}");
    Map<String, Object> again = server.endpoint(key, "/a", "*");
    assertThat(again).isEqualTo(first);
    assertThat(server.endpoint(server.newKey(), "/a", "*").get("secret"))
        .isNotEqualTo(first.get("secret"));
  }

  @Test
  void unknownEventTypesAndNonHttpUrlsAreRejectedByNameAndCreateNothing() {
    String key = server.newKey();
    MockHttp.Reply reply =
        server
            .http
            .post("/v1/webhook_endpoints")
            .key(key)
            .json(
                "{\"url\":\"ftp://example.com/h\",\"enabled_events\":"
                    + "[\"invoice.paid\",\"invoice.payed\",\"subscription.*\"]}")
            .send();

    assertThat(reply.status()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.error().get("errors");
    assertThat(errors)
        .extracting(e -> e.get("param"))
        .containsExactly("url", "enabled_events[1]", "enabled_events[2]");
    assertThat((String) errors.get(1).get("message"))
        .contains("'invoice.payed' is not an event type of the catalogue");
    assertThat(server.get(key, "/v1/webhook_endpoints").get("data")).isEqualTo(List.of());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCatalogueIsExactlyTheSpecsWebhooks() {
    Map<String, Object> webhooks =
        (Map<String, Object>) SpecSources.billing().resolve("#/webhooks");
    String key = server.newKey();
    List<String> all = new ArrayList<>(webhooks.keySet());
    Map<String, Object> endpoint = server.endpoint(key, "/a", all.toArray(new String[0]));
    assertThat(endpoint.get("enabled_events")).isEqualTo(all);
    assertThat(all).hasSize(38);
  }

  @Test
  void disablingByHandRecordsWhyAndEnablingClearsIt() {
    String key = server.newKey();
    String id = (String) server.endpoint(key, "/a", "*").get("id");

    Map<String, Object> disabled =
        server.post(key, "/v1/webhook_endpoints/" + id, "{\"status\":\"disabled\"}");
    assertThat(disabled)
        .containsEntry("status", "disabled")
        .containsEntry("disabled_reason", "manual");
    assertThat(server.get(key, "/v1/webhook_endpoints?status=enabled").get("data"))
        .isEqualTo(List.of());
    Map<String, Object> enabled =
        server.post(
            key,
            "/v1/webhook_endpoints/" + id,
            "{\"status\":\"enabled\",\"url\":\"https://example.com/b\","
                + "\"enabled_events\":[\"refund.created\"],\"metadata\":{\"team\":\"billing\"}}");
    assertThat(enabled)
        .containsEntry("status", "enabled")
        .containsEntry("disabled_reason", null)
        .containsEntry("url", "https://example.com/b")
        .containsEntry("enabled_events", List.of("refund.created"))
        .containsEntry("metadata", Map.of("team", "billing"));
  }

  @Test
  void rotatingIssuesANewSecretAndRecordsWhen() {
    String key = server.newKey();
    Map<String, Object> created = server.endpoint(key, "/a", "*");
    Map<String, Object> rotated =
        server.post(key, "/v1/webhook_endpoints/" + created.get("id") + "/rotate_secret", "{}");

    assertThat((String) rotated.get("secret"))
        .startsWith("whsec_")
        .isNotEqualTo(created.get("secret"));
    assertThat(rotated).containsEntry("secret_rotated_at", "2026-11-01T00:00:00Z");
    assertThat(server.get(key, "/v1/webhook_endpoints/" + created.get("id")))
        .containsEntry("secret", null)
        .containsEntry("secret_rotated_at", "2026-11-01T00:00:00Z");
  }

  @Test
  void aDeletedEndpointIsGoneWithItsDeliveryLog() {
    String key = server.newKey();
    String id = (String) server.endpoint(key, "/a", "*").get("id");
    assertThat(server.http.delete("/v1/webhook_endpoints/" + id).key(key).send().json())
        .isEqualTo(Map.of("id", id, "object", "webhook_endpoint", "deleted", true));

    for (MockHttp.Call call :
        List.of(
            server.http.get("/v1/webhook_endpoints/" + id),
            server.http.get("/v1/webhook_endpoints/" + id + "/deliveries"),
            server.http.post("/v1/webhook_endpoints/" + id + "/rotate_secret"),
            server.http.delete("/v1/webhook_endpoints/" + id))) {
      MockHttp.Reply reply = call.key(key).send();
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.error()).containsEntry("param", "webhook_endpoint");
    }
  }

  @Test
  void anotherTenantCannotSeeOrTouchAnEndpoint() {
    String owner = server.newKey();
    String other = server.newKey();
    String id = (String) server.endpoint(owner, "/a", "*").get("id");

    assertThat(server.http.get("/v1/webhook_endpoints/" + id).key(other).send().status())
        .isEqualTo(404);
    assertThat(
            server.http.post("/v1/webhook_endpoints/" + id).key(other).json("{}").send().status())
        .isEqualTo(404);
    assertThat(server.http.delete("/v1/webhook_endpoints/" + id).key(other).send().status())
        .isEqualTo(404);
    assertThat(server.get(other, "/v1/webhook_endpoints").get("data")).isEqualTo(List.of());
    assertThat(
            server
                .http
                .post("/_mock/settings")
                .key(other)
                .json("{\"webhook_chaos\":{\"" + id + "\":{\"duplicate\":true}}}")
                .send()
                .status())
        .isEqualTo(404);
    assertThat(server.get(owner, "/v1/webhook_endpoints/" + id)).containsEntry("status", "enabled");
  }
}
