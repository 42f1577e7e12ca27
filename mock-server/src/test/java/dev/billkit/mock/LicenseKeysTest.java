package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** License keys from a purchase: validate, activate, deactivate, limits, updates, expiry. */
class LicenseKeysTest {
  @AutoClose static final DomainServer server = DomainServer.start();

  /** A key bought by a new customer; returns the license key object. */
  static Map<String, Object> boughtKey(String key, String settings) {
    String benefit =
        (String)
            server
                .post(
                    key,
                    "/v1/benefits",
                    "{\"type\":\"license_keys\",\"description\":\"App key\",\"license_keys\":"
                        + settings
                        + "}")
                .get("id");
    server.buy(key, "ada@example.com", "pm_card_visa", benefit);
    String id = (String) FixtureServer.ids(server.get(key, "/v1/license_keys")).get(0);
    return server.get(key, "/v1/license_keys/" + id);
  }

  static MockHttp.Reply call(String key, String op, String json) {
    return server.http.post("/v1/license_keys/" + op).key(key).json(json).send();
  }

  @Test
  @SuppressWarnings("unchecked")
  void validatingAGoodKeyCountsItAndAddsUsageWithinTheLimit() {
    String key = server.newKey();
    Map<String, Object> lk = boughtKey(key, "{\"limit_usage\":5}");
    String k = (String) lk.get("key");

    MockHttp.Reply ok =
        call(
            key,
            "validate",
            "{\"key\":\""
                + k
                + "\",\"benefit\":\""
                + lk.get("benefit")
                + "\",\"customer\":\""
                + lk.get("customer")
                + "\",\"increment_usage\":3}");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json())
        .containsEntry("object", "validated_license_key")
        .containsEntry("activation", null);
    assertThat((Map<String, Object>) ok.json().get("license_key"))
        .containsEntry("usage", 3L)
        .containsEntry("validations", 1L)
        .containsEntry("last_validated_at", "2026-11-01T00:00:00Z");

    MockHttp.Reply over = call(key, "validate", "{\"key\":\"" + k + "\",\"increment_usage\":3}");
    assertThat(over.status()).isEqualTo(400);
    assertThat(over.errorCode()).isEqualTo("license_key_usage_limit_reached");
    assertThat(server.get(key, "/v1/license_keys/" + lk.get("id")))
        .containsEntry("usage", 3L)
        .containsEntry("validations", 1L);
  }

  @Test
  void aKeyIsInvalidForTheWrongBenefitCustomerOrActivationAndUnknownKeysAre404() {
    String key = server.newKey();
    Map<String, Object> lk = boughtKey(key, "{}");
    String k = (String) lk.get("key");

    for (String[] c :
        new String[][] {
          {"benefit", "ben_other"}, {"customer", "cus_other"}, {"activation_id", "lka_other"}
        }) {
      MockHttp.Reply reply =
          call(key, "validate", "{\"key\":\"" + k + "\",\"" + c[0] + "\":\"" + c[1] + "\"}");
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.errorCode()).isEqualTo("license_key_invalid");
      assertThat(reply.error()).containsEntry("param", c[0]);
      assertThat((String) reply.error().get("message")).contains(c[1]);
    }
    MockHttp.Reply unknown = call(key, "validate", "{\"key\":\"PRO-NOPE\"}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.errorCode()).isEqualTo("resource_missing");
    assertThat(server.get(key, "/v1/license_keys/" + lk.get("id")))
        .containsEntry("validations", 0L);
  }

  @Test
  @SuppressWarnings("unchecked")
  void activationsAreLimitedAndDeactivatingFreesASlot() {
    String key = server.newKey();
    Map<String, Object> lk = boughtKey(key, "{\"limit_activations\":2}");
    String k = (String) lk.get("key");
    Map<String, Object> first =
        call(
                key,
                "activate",
                "{\"key\":\"" + k + "\",\"label\":\"laptop\",\"meta\":{\"os\":\"linux\"}}")
            .json();
    call(key, "activate", "{\"key\":\"" + k + "\",\"label\":\"desktop\"}");

    assertThat((String) first.get("id")).startsWith("lka_");
    assertThat(first)
        .containsEntry("object", "license_key_activation")
        .containsEntry("license_key", lk.get("id"))
        .containsEntry("label", "laptop")
        .containsEntry("meta", Map.of("os", "linux"));
    MockHttp.Reply full = call(key, "activate", "{\"key\":\"" + k + "\",\"label\":\"phone\"}");
    assertThat(full.status()).isEqualTo(400);
    assertThat(full.errorCode()).isEqualTo("license_key_activation_limit_reached");
    MockHttp.Reply validated =
        call(
            key,
            "validate",
            "{\"key\":\"" + k + "\",\"activation_id\":\"" + first.get("id") + "\"}");
    assertThat(validated.json().get("activation")).isEqualTo(first);

    Map<String, Object> after =
        call(
                key,
                "deactivate",
                "{\"key\":\"" + k + "\",\"activation_id\":\"" + first.get("id") + "\"}")
            .json();
    assertThat((List<Object>) after.get("activations")).hasSize(1);
    assertThat(call(key, "activate", "{\"key\":\"" + k + "\",\"label\":\"phone\"}").status())
        .isEqualTo(200);
    MockHttp.Reply gone =
        call(
            key,
            "deactivate",
            "{\"key\":\"" + k + "\",\"activation_id\":\"" + first.get("id") + "\"}");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.error()).containsEntry("param", "activation_id");
    MockHttp.Reply lower =
        server
            .http
            .post("/v1/license_keys/" + lk.get("id"))
            .key(key)
            .json("{\"limit_activations\":1}")
            .send();
    assertThat(lower.status()).isEqualTo(400);
    assertThat(lower.error()).containsEntry("param", "limit_activations");
  }

  @Test
  void aDisabledKeyIsInvalidUntilEnabledAndARevokedOneCannotChange() {
    String key = server.newKey();
    Map<String, Object> lk = boughtKey(key, "{}");
    String k = (String) lk.get("key");
    String path = "/v1/license_keys/" + lk.get("id");

    assertThat(server.post(key, path, "{\"status\":\"disabled\"}"))
        .containsEntry("status", "disabled");
    MockHttp.Reply disabled = call(key, "validate", "{\"key\":\"" + k + "\"}");
    assertThat(disabled.errorCode()).isEqualTo("license_key_invalid");
    assertThat((String) disabled.error().get("message")).contains("disabled");
    assertThat(call(key, "activate", "{\"key\":\"" + k + "\",\"label\":\"x\"}").errorCode())
        .isEqualTo("license_key_invalid");
    server.post(key, path, "{\"status\":\"granted\",\"limit_usage\":10,\"usage\":4}");
    assertThat(call(key, "validate", "{\"key\":\"" + k + "\"}").status()).isEqualTo(200);

    server.http.delete("/v1/benefits/" + lk.get("benefit")).key(key).send();
    MockHttp.Reply revoked = call(key, "validate", "{\"key\":\"" + k + "\"}");
    assertThat((String) revoked.error().get("message")).contains("revoked");
    MockHttp.Reply change = server.http.post(path).key(key).json("{\"status\":\"granted\"}").send();
    assertThat(change.errorCode()).isEqualTo("invalid_state_transition");
    assertThat((String) change.error().get("message")).contains("revoked");
  }

  @Test
  void aKeyExpiresByItsCustomersClock() {
    String key = server.newKey();
    Map<String, Object> lk = boughtKey(key, "{\"expires_in_days\":30}");
    String k = (String) lk.get("key");
    assertThat(lk).containsEntry("expires_at", "2026-12-01T00:00:00Z");
    assertThat(call(key, "validate", "{\"key\":\"" + k + "\"}").status()).isEqualTo(200);

    server.advanceAccount(key, 30 * 86_400);
    MockHttp.Reply expired = call(key, "validate", "{\"key\":\"" + k + "\"}");
    assertThat(expired.errorCode()).isEqualTo("license_key_invalid");
    assertThat((String) expired.error().get("message")).contains("expired at 2026-12-01T00:00:00Z");
    server.post(key, "/v1/license_keys/" + lk.get("id"), "{\"expires_at\":null}");
    assertThat(call(key, "validate", "{\"key\":\"" + k + "\"}").status()).isEqualTo(200);
  }
}
