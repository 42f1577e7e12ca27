package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ValidationTest {
  @AutoClose static final FixtureServer server = FixtureServer.start();

  private static MockHttp.Reply post(String path, String json) {
    return server.http.post(path).key(server.newKey()).json(json).send();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(MockHttp.Reply reply) {
    return (List<Map<String, Object>>) reply.error().get("errors");
  }

  @Test
  void aNestedRuleNamesTheParameterPathTheRuleAndTheValue() {
    MockHttp.Reply reply =
        post(
            "/v1/invoices",
            "{\"customer\":\"cus_1\",\"currency\":\"usd\",\"lines\":[{\"price\":\"price_1\",\"quantity\":0}]}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error())
        .containsEntry("type", "invalid_request_error")
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "lines[0].quantity")
        .containsEntry("message", "lines[0].quantity: must be >= 1 (got 0)");
    assertThat(errors(reply))
        .containsExactly(
            Map.of(
                "param",
                "lines[0].quantity",
                "code",
                "parameter_invalid",
                "message",
                "lines[0].quantity: must be >= 1 (got 0)"));
  }

  @Test
  void anUnknownBodyParameterIsRejectedByName() {
    MockHttp.Reply reply =
        post("/v1/customers", "{\"email\":\"ada@example.com\",\"nickname\":\"ada\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error())
        .containsEntry("code", "parameter_unknown")
        .containsEntry("param", "nickname");
    assertThat((String) reply.error().get("message"))
        .startsWith("nickname: unknown parameter (allowed: email, name,");
  }

  @Test
  void aMissingRequiredParameterIsParameterMissing() {
    MockHttp.Reply reply = post("/v1/customers", "{}");
    assertThat(reply.error())
        .containsEntry("code", "parameter_missing")
        .containsEntry("param", "email")
        .containsEntry("message", "email: is required");
  }

  @Test
  void everyFailingFieldIsListed() {
    MockHttp.Reply reply =
        post("/v1/customers", "{\"email\":\"not-an-email\",\"name\":5,\"nickname\":1}");
    assertThat(errors(reply))
        .extracting(e -> e.get("message"))
        .containsExactlyInAnyOrder(
            "email: must be a valid email (got \"not-an-email\")",
            "name: must be a string (got integer 5)",
            "nickname: unknown parameter (allowed: email, name, external_id, billing_address,"
                + " payment_method, test_clock, metadata)");
    assertThat((String) reply.error().get("message")).startsWith("3 parameters are invalid: ");
  }

  @Test
  void aOneOfOfTypesSaysWhichTypesAreAllowed() {
    String key = server.newKey();
    String id = server.createCustomer(key, "ada@example.com");
    MockHttp.Reply reply =
        server.http.post("/v1/customers/" + id).key(key).json("{\"billing_address\":5}").send();
    assertThat(reply.error())
        .containsEntry("message", "billing_address: must be an object or null (got 5)");
  }

  @Test
  void metadataLimitsAreEnforced() {
    StringBuilder many = new StringBuilder("{\"email\":\"a@b.co\",\"metadata\":{");
    for (int i = 0; i < 51; i++) {
      many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
    }
    MockHttp.Reply tooMany = post("/v1/customers", many.append("}}").toString());
    assertThat(tooMany.error())
        .containsEntry("message", "metadata: must have at most 50 keys (got 51)");
    MockHttp.Reply longValue =
        post(
            "/v1/customers",
            "{\"email\":\"a@b.co\",\"metadata\":{\"k\":\"" + "x".repeat(501) + "\"}}");
    assertThat(longValue.error())
        .containsEntry("param", "metadata.k")
        .containsEntry("message", "metadata.k: must be at most 500 characters long (got 501)");
    MockHttp.Reply longKey =
        post(
            "/v1/customers",
            "{\"email\":\"a@b.co\",\"metadata\":{\"" + "k".repeat(41) + "\":\"v\"}}");
    assertThat(longKey.error().get("param")).isEqualTo("metadata." + "k".repeat(41));
    assertThat((String) longKey.error().get("message")).contains("at most 40 characters");
  }

  @Test
  void queryParametersAreTypedAndChecked() {
    String key = server.newKey();
    assertThat(server.http.get("/v1/customers?limit=0").key(key).send().error())
        .containsEntry("param", "limit")
        .containsEntry("message", "limit: must be >= 1 (got 0)");
    assertThat(server.http.get("/v1/customers?limit=abc").key(key).send().error())
        .containsEntry("message", "limit: must be an integer (got string \"abc\")");
    assertThat(server.http.get("/v1/customers?created%5Bgte%5D=yesterday").key(key).send().error())
        .containsEntry("param", "created[gte]")
        .containsEntry("message", "created[gte]: must be a valid date-time (got \"yesterday\")");
    assertThat(server.http.get("/v1/customers?limit=5&limit=6").key(key).send().error())
        .containsEntry("message", "limit: must be given once (got 2 values)");
    assertThat(
            server
                .http
                .get("/v1/customers?limit=100&created[gte]=2026-01-01T00:00:00Z")
                .key(key)
                .send()
                .status())
        .isEqualTo(200);
  }

  @Test
  void anUnknownQueryParameterIsRejectedByName() {
    MockHttp.Reply reply = server.http.get("/v1/customers?colour=red").key(server.newKey()).send();
    assertThat(reply.error())
        .containsEntry("code", "parameter_unknown")
        .containsEntry("param", "colour");
    assertThat((String) reply.error().get("message"))
        .startsWith("colour: unknown parameter (allowed: limit, starting_after,");
  }

  @Test
  void pathParametersAreCheckedAgainstTheirPattern() {
    MockHttp.Reply reply = server.http.get("/v1/customers/xyz").key(server.newKey()).send();
    assertThat(reply.error())
        .containsEntry("param", "customer")
        .containsEntry(
            "message", "customer: must match the pattern ^cus_[0-9A-Za-z]+$ (got \"xyz\")");
  }

  @Test
  void aBodyThatIsNotJsonSaysWhy() {
    MockHttp.Reply broken = post("/v1/customers", "{\"email\":");
    assertThat(broken.status()).isEqualTo(400);
    assertThat((String) broken.error().get("message"))
        .startsWith("request body: is not valid JSON");
    assertThat(broken.error().get("param")).isNull();
    assertThat(errors(broken)).isEmpty();
    MockHttp.Reply form =
        server
            .http
            .post("/v1/customers")
            .key(server.newKey())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .json("email=a%40b.co")
            .send();
    assertThat((String) form.error().get("message"))
        .contains("Content-Type must be application/json")
        .contains("form-encoded bodies are not supported");
    MockHttp.Reply array = post("/v1/customers", "[1]");
    assertThat(array.error()).containsEntry("message", "request body: must be a JSON object");
  }

  @Test
  void anOverlongIdempotencyKeyIsRejected() {
    MockHttp.Reply reply =
        server
            .http
            .post("/v1/customers")
            .key(server.newKey())
            .idempotencyKey("k".repeat(256))
            .json("{\"email\":\"a@b.co\"}")
            .send();
    assertThat(reply.error())
        .containsEntry("param", "Idempotency-Key")
        .containsEntry("message", "Idempotency-Key: must be at most 255 characters long (got 256)");
  }

  @Test
  void aRejectedRequestChangesNothing() {
    String key = server.newKey();
    server.http.post("/v1/customers").key(key).json("{\"email\":\"a@b.co\",\"nickname\":1}").send();
    server.http.post("/v1/customers").key(key).json("{\"email\":5}").send();
    assertThat(server.customers.creates(key)).isZero();
    assertThat(server.http.get("/v1/customers").key(key).send().json())
        .containsEntry("data", List.of());
  }

  @Test
  void aBodyOverTheLimitIsRefusedUnread() {
    String key = server.newKey();
    MockHttp.Reply reply =
        server
            .http
            .post("/v1/customers")
            .key(key)
            .json("{\"email\":\"" + "x".repeat(5 << 20) + "\"}")
            .send();
    assertThat(reply.status()).isEqualTo(400);
    assertThat((String) reply.error().get("message")).contains("limited to 4194304 bytes");
    assertThat(server.customers.creates(key)).isZero();
  }
}
