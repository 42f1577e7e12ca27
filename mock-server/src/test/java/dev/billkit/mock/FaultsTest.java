package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.server.Sleeper;
import dev.billkit.mock.testing.MockHttp;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  static final List<Long> SLEPT = new CopyOnWriteArrayList<>();
  static FixtureServer server;
  String key;

  @BeforeAll
  static void start() {
    Sleeper recording = SLEPT::add;
    server = FixtureServer.start(0, null, recording);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void freshTenant() {
    key = server.newKey();
    SLEPT.clear();
  }

  private MockHttp.Reply arm(String method, String path, int count, String action) {
    return server
        .http
        .post("/_mock/faults")
        .key(key)
        .json(
            "{\"match\":{\"method\":\""
                + method
                + "\",\"path\":\""
                + path
                + "\"},\"count\":"
                + count
                + ",\"action\":"
                + action
                + "}")
        .send();
  }

  private MockHttp.Reply createCustomer() {
    return server
        .http
        .post("/v1/customers")
        .key(key)
        .json("{\"email\":\"ada@example.com\"}")
        .send();
  }

  private MockHttp.Reply withHeader(String value) {
    return server.http.get("/v1/customers").key(key).header("Billkit-Mock-Fault", value).send();
  }

  private int customers() {
    return ((List<?>) server.http.get("/v1/customers").key(key).send().json().get("data")).size();
  }

  @Test
  void aStatusFaultAnswersTheNextNMatchingRequestsWithoutExecutingThem() {
    MockHttp.Reply armed = arm("POST", "/v1/customers", 2, "{\"type\":\"status\",\"status\":500}");
    assertThat(armed.json())
        .containsEntry("object", "mock_fault")
        .containsEntry("count", 2L)
        .containsEntry("remaining", 2L)
        .containsEntry("created_at", "2026-11-01T00:00:00Z");
    assertThat((String) armed.json().get("id")).startsWith("flt_");
    for (int i = 0; i < 2; i++) {
      MockHttp.Reply faulted = createCustomer();
      assertThat(faulted.status()).isEqualTo(500);
      assertThat(faulted.error())
          .containsEntry("type", "api_error")
          .containsEntry("code", "internal_error");
      assertThat(faulted.header("Should-Retry")).isEqualTo("true");
    }
    assertThat(customers()).isZero();
    assertThat(createCustomer().status()).isEqualTo(200);
    assertThat(server.customers.creates(key)).isEqualTo(1);
  }

  @Test
  void aStatusFaultCanCarryItsOwnBodyAndShouldRetry() {
    arm(
        "POST",
        "/v1/customers",
        1,
        "{\"type\":\"status\",\"status\":402,\"should_retry\":false,"
            + "\"body\":{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"message\":\"Declined\","
            + "\"param\":null,\"decline_code\":\"insufficient_funds\",\"request_id\":\"req_1\",\"errors\":[]}}}");
    MockHttp.Reply reply = createCustomer();
    assertThat(reply.status()).isEqualTo(402);
    assertThat(reply.error()).containsEntry("decline_code", "insufficient_funds");
    assertThat(reply.header("Should-Retry")).isEqualTo("false");
  }

  @Test
  void withoutABodyAStatusGetsTheErrorTheRealApiSends() {
    assertThat(withHeader("status;status=402").error())
        .containsEntry("type", "card_error")
        .containsEntry("code", "card_declined")
        .containsEntry("decline_code", "generic_decline");
    MockHttp.Reply notFound = withHeader("status;status=404");
    assertThat(notFound.error()).containsEntry("code", "resource_missing");
    assertThat(notFound.header("Should-Retry")).isNull();
    assertThat(withHeader("status;status=409").errorCode()).isEqualTo("idempotency_key_in_use");
    assertThat(withHeader("status;status=403").errorCode()).isEqualTo("forbidden");
  }

  @Test
  void aRateLimitFaultAnswers429WithRetryAfter() {
    arm("GET", "/v1/customers", 1, "{\"type\":\"rate_limit\",\"retry_after\":7}");
    MockHttp.Reply reply = server.http.get("/v1/customers").key(key).send();
    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isEqualTo("7");
    assertThat(reply.error())
        .containsEntry("type", "rate_limit_error")
        .containsEntry("code", "rate_limited");
    assertThat(server.http.get("/v1/customers").key(key).send().status()).isEqualTo(200);
  }

  @Test
  void dropAfterCommitExecutesStoresAndThenDropsTheConnection() {
    arm("POST", "/v1/customers", 1, "{\"type\":\"drop_after_commit\"}");
    IOException dropped =
        server
            .http
            .post("/v1/customers")
            .key(key)
            .idempotencyKey("lost")
            .json("{\"email\":\"ada@example.com\"}")
            .sendExpectingIoFailure();
    assertThat(dropped).isNotNull();
    assertThat(customers()).isEqualTo(1);
    MockHttp.Reply retry =
        server
            .http
            .post("/v1/customers")
            .key(key)
            .idempotencyKey("lost")
            .json("{\"email\":\"ada@example.com\"}")
            .send();
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(server.customers.creates(key)).isEqualTo(1);
  }

  @Test
  void aLatencyFaultWaitsThenProcessesNormally() {
    arm("GET", "/v1/customers", 1, "{\"type\":\"latency\",\"latency_ms\":250}");
    assertThat(server.http.get("/v1/customers").key(key).send().status()).isEqualTo(200);
    server.http.get("/v1/customers").key(key).send();
    assertThat(SLEPT).containsExactly(250L);
  }

  @Test
  void aPathTemplateMatchesEveryConcreteId() {
    String id = server.createCustomer(key, "ada@example.com");
    arm("GET", "/v1/customers/{customer}", 1, "{\"type\":\"status\",\"status\":503}");
    assertThat(server.http.get("/v1/customers").key(key).send().status()).isEqualTo(200);
    assertThat(server.http.get("/v1/customers/" + id).key(key).send().status()).isEqualTo(503);
  }

  @Test
  void theHeaderArmsAFaultForThatOneRequestAndConsumesNoScript() {
    arm("GET", "/v1/customers", 1, "{\"type\":\"status\",\"status\":500}");
    assertThat(withHeader("status; status=503; should_retry=false").header("Should-Retry"))
        .isEqualTo("false");
    assertThat(withHeader("rate_limit;retry_after=3").header("Retry-After")).isEqualTo("3");
    assertThat(withHeader("rate_limit").header("Retry-After")).isEqualTo("1");
    withHeader("latency;latency_ms=40");
    assertThat(SLEPT).containsExactly(40L);
    IOException dropped =
        server
            .http
            .post("/v1/customers")
            .key(key)
            .header("Billkit-Mock-Fault", "drop_after_commit")
            .json("{\"email\":\"ada@example.com\"}")
            .sendExpectingIoFailure();
    assertThat(dropped).isNotNull();
    // The script is still armed: the header took precedence and consumed nothing.
    assertThat(server.http.get("/v1/customers").key(key).send().status()).isEqualTo(500);
    assertThat(customers()).isEqualTo(1);
  }

  @Test
  void aMalformedFaultHeaderIs400NamingTheHeaderAndDoesNothing() {
    for (String bad :
        new String[] {
          "explode",
          "status",
          "status;status=200",
          "status=503",
          "rate_limit;retry_after=soon",
          "latency",
          "drop_after_commit;status=500",
          "status;status=500;status=501"
        }) {
      MockHttp.Reply reply =
          server
              .http
              .post("/v1/customers")
              .key(key)
              .header("Billkit-Mock-Fault", bad)
              .json("{\"email\":\"ada@example.com\"}")
              .send();
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.error())
          .as(bad)
          .containsEntry("code", "parameter_invalid")
          .containsEntry("param", "Billkit-Mock-Fault");
    }
    assertThat(customers()).isZero();
  }

  @Test
  void faultScriptsAreListedOldestFirstAndCanBeCleared() {
    arm("GET", "/v1/customers", 3, "{\"type\":\"status\",\"status\":500}");
    arm("POST", "/v1/customers", 1, "{\"type\":\"latency\",\"latency_ms\":10}");
    server.http.get("/v1/customers").key(key).send();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> listed =
        (List<Map<String, Object>>)
            server.http.get("/_mock/faults").key(key).send().json().get("data");
    assertThat(listed).extracting(f -> f.get("remaining")).containsExactly(2L, 1L);
    assertThat(server.http.delete("/_mock/faults").key(key).send().json())
        .isEqualTo(Map.of("object", "mock_faults_deleted", "deleted_count", 2L));
    assertThat(server.http.get("/v1/customers").key(key).send().status()).isEqualTo(200);
  }

  @Test
  void anInvalidFaultScriptNamesEveryProblemAndArmsNothing() {
    MockHttp.Reply schema =
        server
            .http
            .post("/_mock/faults")
            .key(key)
            .json(
                "{\"match\":{\"method\":\"PATCH\",\"path\":\"/v2/x\"},\"count\":0,\"action\":{\"type\":\"status\",\"status\":200}}")
            .send();
    assertThat(schema.status()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) schema.error().get("errors");
    assertThat(errors)
        .extracting(e -> e.get("param"))
        .containsExactlyInAnyOrder("match.method", "match.path", "count", "action.status");
    MockHttp.Reply rules = arm("GET", "/v1/nowhere", 1, "{\"type\":\"latency\",\"status\":500}");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ruleErrors = (List<Map<String, Object>>) rules.error().get("errors");
    assertThat(ruleErrors)
        .extracting(e -> e.get("param"))
        .containsExactlyInAnyOrder("match.path", "action.status", "action.latency_ms");
    assertThat(server.http.get("/_mock/faults").key(key).send().json().get("data"))
        .isEqualTo(List.of());
  }
}
