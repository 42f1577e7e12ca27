package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin API as mock-admin.yaml describes it (every response here is checked against it). */
class AdminApiTest {
  static FixtureServer server;
  String key;

  @BeforeAll
  static void start() {
    server = FixtureServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void freshTenant() {
    key = server.newKey();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> journal(String query) {
    return (List<Map<String, Object>>)
        server.http.get("/_mock/requests" + query).key(key).send().json().get("data");
  }

  @Test
  void healthNeedsNoKeyAndNamesTheVersions() {
    Map<String, Object> health = server.http.get("/_mock/health").send().json();
    assertThat(health)
        .containsEntry("object", "mock_health")
        .containsEntry("status", "ok")
        .containsEntry("api_version", "2026-11-01");
    assertThat((String) health.get("version")).isNotBlank().doesNotContain("${");
  }

  @Test
  void theJournalRecordsEachRequestWithItsAnswerNewestFirst() {
    server
        .http
        .post("/v1/customers")
        .key(key)
        .idempotencyKey("k")
        .json("{\"email\":\"a@b.co\"}")
        .send();
    server
        .http
        .post("/v1/customers")
        .key(key)
        .idempotencyKey("k")
        .json("{\"email\":\"a@b.co\"}")
        .send();
    server
        .http
        .get("/v1/customers?limit=2")
        .key(key)
        .header("Billkit-Mock-Fault", "status;status=500")
        .send();
    List<Map<String, Object>> entries = journal("");
    assertThat(entries).hasSize(3);
    Map<String, Object> faulted = entries.get(0);
    assertThat(faulted)
        .containsEntry("object", "mock_request")
        .containsEntry("method", "GET")
        .containsEntry("path", "/v1/customers")
        .containsEntry("query", "limit=2")
        .containsEntry("operation_id", "listCustomers")
        .containsEntry("status", 500L)
        .containsEntry("request_body", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> fault = (Map<String, Object>) faulted.get("fault");
    assertThat(fault)
        .containsEntry("source", "header")
        .containsEntry("fault", null)
        .containsEntry("header_value", "status;status=500")
        .containsEntry("type", "status");
    assertThat(entries.get(1))
        .containsEntry("idempotency_key", "k")
        .containsEntry("idempotent_replayed", true)
        .containsEntry("request_body", Map.of("email", "a@b.co"));
    Map<String, Object> created = entries.get(2);
    assertThat(created)
        .containsEntry("idempotent_replayed", false)
        .containsEntry("received_at", "2026-11-01T00:00:00Z");
    assertThat(created.get("response_body"))
        .isEqualTo(((Map<?, ?>) entries.get(1).get("response_body")));
    @SuppressWarnings("unchecked")
    Map<String, Object> headers = (Map<String, Object>) created.get("request_headers");
    assertThat(headers)
        .containsEntry("authorization", "Bearer " + key.substring(0, 12) + "…")
        .containsEntry("idempotency-key", "k")
        .containsEntry("content-type", "application/json");
    assertThat(created.get("id")).isNotEqualTo(entries.get(1).get("id"));
  }

  @Test
  void theJournalFiltersByMethodPathOperationStatusAndKey() {
    String id = server.createCustomer(key, "a@b.co");
    server.http.get("/v1/customers/" + id).key(key).send();
    server.http.get("/v1/customers/cus_missing").key(key).send();
    server.http.post("/v1/customers").key(key).idempotencyKey("x").json("{\"email\":5}").send();
    assertThat(journal("?method=GET")).hasSize(2);
    assertThat(journal("?path=/v1/customers/%7Bcustomer%7D")).hasSize(2);
    assertThat(journal("?path=/v1/customers/" + id)).hasSize(1);
    assertThat(journal("?operation_id=createCustomer")).hasSize(2);
    assertThat(journal("?status=404"))
        .extracting(e -> e.get("path"))
        .containsExactly("/v1/customers/cus_missing");
    assertThat(journal("?idempotency_key=x")).hasSize(1);
    MockHttp.Reply page = server.http.get("/_mock/requests?limit=1").key(key).send();
    assertThat(page.json()).containsEntry("has_more", true).containsEntry("dropped_count", 0L);
    assertThat(server.http.get("/_mock/requests?limit=0").key(key).send().error())
        .containsEntry("param", "limit");
    assertThat(server.http.get("/_mock/requests?colour=red").key(key).send().errorCode())
        .isEqualTo("parameter_unknown");
  }

  @Test
  void theJournalIsBoundedByTheServersJournalSize() {
    try (BillkitMock small = BillkitMock.builder().journalSize(5).start()) {
      MockHttp http = new MockHttp(small.url());
      String k = small.newTenant().apiKey();
      for (int i = 1; i <= 8; i++) {
        http.get("/v1/customers?limit=" + i).key(k).send();
      }
      MockHttp.Reply reply = http.get("/_mock/requests").key(k).send();
      assertThat(reply.json()).containsEntry("dropped_count", 3L);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> data = (List<Map<String, Object>>) reply.json().get("data");
      assertThat(data)
          .extracting(e -> e.get("query"))
          .containsExactly("limit=8", "limit=7", "limit=6", "limit=5", "limit=4");
    }
  }

  @Test
  void settingsStartAtTheDefaultsAndBadValuesChangeNothing() {
    assertThat(server.http.get("/_mock/settings").key(key).send().json())
        .isEqualTo(
            Map.of(
                "object",
                "mock_settings",
                "dunning_outcome",
                "canceled",
                "webhook_chaos",
                Map.of()));
    MockHttp.Reply bad =
        server
            .http
            .post("/_mock/settings")
            .key(key)
            .json("{\"dunning_outcome\":\"forgiven\",\"colour\":\"red\"}")
            .send();
    assertThat(bad.status()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) bad.error().get("errors");
    assertThat(errors)
        .extracting(e -> e.get("param"))
        .containsExactlyInAnyOrder("dunning_outcome", "colour");
    MockHttp.Reply noEndpoint =
        server
            .http
            .post("/_mock/settings")
            .key(key)
            .json(
                "{\"dunning_outcome\":\"unpaid\",\"webhook_chaos\":{\"we_nothere\":{\"duplicate\":true}}}")
            .send();
    assertThat(noEndpoint.status()).isEqualTo(404);
    assertThat(noEndpoint.error()).containsEntry("param", "webhook_chaos.we_nothere");
    assertThat(server.http.get("/_mock/settings").key(key).send().json())
        .containsEntry("dunning_outcome", "canceled");
    assertThat(
            server
                .http
                .post("/_mock/settings")
                .key(key)
                .json("{\"dunning_outcome\":\"unpaid\"}")
                .send()
                .json())
        .containsEntry("dunning_outcome", "unpaid");
  }

  @Test
  void coverageCountsThisTenantsCallsPerOperationAndStatus() {
    server.http.get("/v1/customers/cus_nothere").key(key).send();
    server.http.get("/v1/customers/cus_nothere").key(key).send();
    server.http.get("/v1/customers").key(key).send();
    server.http.get("/v1/nothing").key(key).send();
    server.http.get("/v1/customers").key(server.newKey()).send();
    Map<String, Object> report = server.http.get("/_mock/coverage").key(key).send().json();
    assertThat(report)
        .containsEntry("object", "mock_coverage")
        .containsEntry("operation_count", 89L)
        .containsEntry("exercised_count", 2L)
        .containsEntry("unmatched_count", 1L);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ops = (List<Map<String, Object>>) report.get("operations");
    assertThat(ops).hasSize(89);
    Map<String, Object> retrieve =
        ops.stream()
            .filter(o -> o.get("operation_id").equals("retrieveCustomer"))
            .findFirst()
            .orElseThrow();
    assertThat(retrieve)
        .containsEntry("path", "/v1/customers/{customer}")
        .containsEntry("call_count", 2L)
        .containsEntry("status_counts", Map.of("404", 2L));
    Map<String, Object> list =
        ops.stream()
            .filter(o -> o.get("operation_id").equals("listCustomers"))
            .findFirst()
            .orElseThrow();
    assertThat(list).containsEntry("call_count", 1L);
  }

  @Test
  void resetForgetsEverythingOfTheTenantAndRestartsItsIds() {
    String first = server.createCustomer(key, "a@b.co");
    server.http.post("/_mock/settings").key(key).json("{\"dunning_outcome\":\"unpaid\"}").send();
    server.tenant(key).clock().advanceBy(java.time.Duration.ofDays(2));
    MockHttp.Reply reset = server.http.post("/_mock/reset").key(key).send();
    assertThat(reset.json())
        .isEqualTo(Map.of("object", "mock_reset", "reset_at", "2026-11-01T00:00:00Z"));
    assertThat(journal("")).isEmpty();
    assertThat(server.http.get("/_mock/settings").key(key).send().json())
        .containsEntry("dunning_outcome", "canceled");
    assertThat(server.http.get("/_mock/coverage").key(key).send().json())
        .containsEntry("exercised_count", 0L);
    assertThat(server.createCustomer(key, "a@b.co")).isEqualTo(first);
  }

  @Test
  void awaitingADeliveryThatNeverComesTimesOut() {
    MockHttp.Reply reply =
        server.http.get("/_mock/webhooks/deliveries?await=invoice.paid&timeout=0").key(key).send();
    assertThat(reply.json()).containsEntry("timed_out", true).containsEntry("data", List.of());
    assertThat(server.http.get("/_mock/webhooks/deliveries").key(key).send().json())
        .containsEntry("timed_out", false);
    assertThat(server.http.get("/_mock/webhooks/deliveries?await=Paid").key(key).send().error())
        .containsEntry("param", "await");
  }

  @Test
  void awaitReturnsAsSoonAsAMatchingDeliveryIsRecorded() throws Exception {
    Map<String, Object> attempt = new java.util.LinkedHashMap<>();
    attempt.put("object", "mock_webhook_delivery");
    attempt.put("event", "evt_1");
    attempt.put("type", "invoice.paid");
    attempt.put("endpoint", "we_1");
    attempt.put("url", "http://127.0.0.1:1/hook");
    attempt.put("attempt", 1L);
    attempt.put("attempted_at", "2026-11-01T00:00:00Z");
    attempt.put("request_headers", Map.of("webhook-id", "evt_1"));
    attempt.put("payload", "{}");
    attempt.put("response_status", 200L);
    attempt.put("error", null);
    attempt.put("succeeded", true);
    attempt.put("duration_ms", 1L);
    attempt.put("chaos", null);
    var waiting =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () ->
                server
                    .http
                    .get(
                        "/_mock/webhooks/deliveries?await=invoice.paid&timeout=30000&succeeded=true")
                    .key(key)
                    .send());
    server.tenant(key).deliveries().record(Map.of("type", "invoice.created", "succeeded", true));
    server.tenant(key).deliveries().record(attempt);
    MockHttp.Reply reply = waiting.get();
    assertThat(reply.json())
        .containsEntry("timed_out", false)
        .containsEntry("data", List.of(attempt));
  }

  @Test
  void adminCallsNeedAKeyExceptHealthAndUnknownUrlsAre404() {
    assertThat(server.http.get("/_mock/requests").send().errorCode()).isEqualTo("api_key_missing");
    assertThat(
            server
                .http
                .post("/_mock/reset")
                .header("Authorization", "Bearer nope")
                .send()
                .errorCode())
        .isEqualTo("api_key_invalid");
    MockHttp.Reply unknown = server.http.get("/_mock/nothing").key(key).send();
    assertThat(unknown.status()).isEqualTo(404);
    assertThat((String) unknown.error().get("message")).contains("GET /_mock/nothing");
  }

  @Test
  void adminCallsDoNotMoveTheTenantsIds() {
    String other = server.newKey();
    String first = server.createCustomer(key, "a@b.co");
    server.http.post("/_mock/reset").key(key).send();
    server.http.get("/_mock/requests").key(key).send();
    server.http.get("/_mock/settings").key(key).send();
    server.http.get("/_mock/coverage").key(key).send();
    assertThat(server.createCustomer(key, "a@b.co")).isEqualTo(first);
    assertThat(server.createCustomer(other, "a@b.co")).isNotEqualTo(first);
  }
}
