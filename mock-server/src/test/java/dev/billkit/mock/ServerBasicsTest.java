package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ServerBasicsTest {
  @AutoClose static final FixtureServer server = FixtureServer.start();

  @Test
  void healthAnswersWithoutAnApiKey() {
    MockHttp.Reply reply = server.http.get("/_mock/health").send();
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json()).containsEntry("status", "ok");
  }

  @Test
  void aMissingApiKeyIs401ApiKeyMissing() {
    MockHttp.Reply reply = server.http.get("/v1/customers").send();
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.error())
        .containsEntry("type", "authentication_error")
        .containsEntry("code", "api_key_missing");
    assertThat(reply.error().get("message").toString()).contains("Authorization: Bearer sk_test_");
    assertThat(reply.error().get("request_id")).isEqualTo(reply.header("Request-Id"));
  }

  @Test
  void aMalformedApiKeyIs401ApiKeyInvalid() {
    for (String header :
        new String[] {
          "Bearer sk_live_abc", "Basic c2tfdGVzdF94Og==", "Bearer sk_test_", "Bearer sk_test_a b"
        }) {
      MockHttp.Reply reply =
          server.http.get("/v1/customers").header("Authorization", header).send();
      assertThat(reply.status()).as(header).isEqualTo(401);
      assertThat(reply.errorCode()).as(header).isEqualTo("api_key_invalid");
    }
  }

  @Test
  void everyResponseCarriesARequestIdAndEchoesTheVersion() {
    String key = server.newKey();
    MockHttp.Reply plain = server.http.get("/v1/customers").key(key).send();
    assertThat(plain.header("Request-Id")).matches("req_[0-9A-Za-z]{14}");
    assertThat(plain.header("Billkit-Version")).isEqualTo("2026-11-01");
    MockHttp.Reply pinned =
        server.http.get("/v1/customers").key(key).header("Billkit-Version", "2026-11-01").send();
    assertThat(pinned.header("Billkit-Version")).isEqualTo("2026-11-01");
    assertThat(pinned.header("Request-Id")).isNotEqualTo(plain.header("Request-Id"));
  }

  @Test
  void aCreatedObjectCanBeReadBackListedUpdatedAndDeleted() {
    String key = server.newKey();
    String id = server.createCustomer(key, "ada@example.com");
    assertThat(id).matches("cus_[0-9A-Za-z]{14}");
    assertThat(server.http.get("/v1/customers/" + id).key(key).send().json())
        .containsEntry("email", "ada@example.com");
    MockHttp.Reply updated =
        server.http.post("/v1/customers/" + id).key(key).json("{\"name\":\"Ada\"}").send();
    assertThat(updated.json()).containsEntry("name", "Ada");
    assertThat(server.http.get("/v1/customers").key(key).send().json().get("data").toString())
        .contains(id);
    assertThat(server.http.delete("/v1/customers/" + id).key(key).send().json())
        .containsEntry("deleted", true);
    MockHttp.Reply gone = server.http.get("/v1/customers/" + id).key(key).send();
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.error())
        .containsEntry("code", "resource_missing")
        .containsEntry("param", "customer");
  }

  @Test
  void anUnknownUrlIs404NamingIt() {
    MockHttp.Reply reply = server.http.get("/v1/nothing_here").key(server.newKey()).send();
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error().get("message").toString()).contains("GET /v1/nothing_here");
  }

  @Test
  void aKnownPathWithAnotherMethodIs404ListingTheAllowedMethods() {
    MockHttp.Reply reply = server.http.delete("/v1/customers").key(server.newKey()).send();
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error().get("message").toString()).contains("[GET, POST]");
  }

  @Test
  void aHandlerCrashIs500WithShouldRetryFalse() {
    MockHttp.Reply reply =
        server.http.post("/v1/products").key(server.newKey()).json("{\"name\":\"Pro\"}").send();
    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.error())
        .containsEntry("type", "api_error")
        .containsEntry("code", "internal_error");
    assertThat(reply.header("Should-Retry")).isEqualTo("false");
  }
}
