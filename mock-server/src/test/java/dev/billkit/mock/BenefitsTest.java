package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Benefits and their grants: settings per type, one-time purchases granting them (license keys,
 * meter credits), refunds and deletion revoking them, with the events and the customer state.
 */
class BenefitsTest {
  @AutoClose static final DomainServer server = DomainServer.start();

  static String benefit(String key, String json) {
    return (String) server.post(key, "/v1/benefits", json).get("id");
  }

  @SuppressWarnings("unchecked")
  static List<String> eventTypes(String key) {
    List<Map<String, Object>> events =
        (List<Map<String, Object>>) server.get(key, "/v1/events?limit=100").get("data");
    List<String> types = new java.util.ArrayList<>();
    events.forEach(e -> types.add(0, (String) e.get("type")));
    return types;
  }

  @Test
  @SuppressWarnings("unchecked")
  void eachTypeTakesOnlyItsOwnSettingsFilledWithDefaults() {
    String key = server.newKey();
    Map<String, Object> keys =
        server.post(
            key,
            "/v1/benefits",
            "{\"type\":\"license_keys\",\"description\":\"App key\","
                + "\"license_keys\":{\"prefix\":\"PRO\"}}");
    assertThat((String) keys.get("id")).startsWith("ben_");
    assertThat((Map<String, Object>) keys.get("license_keys"))
        .containsEntry("prefix", "PRO")
        .containsEntry("limit_activations", null)
        .containsEntry("limit_usage", null)
        .containsEntry("expires_in_days", null);
    assertThat(keys).containsEntry("meter_credit", null).containsEntry("custom", null);
    Map<String, Object> flag =
        server.post(key, "/v1/benefits", "{\"type\":\"feature_flag\",\"description\":\"Beta\"}");
    assertThat(flag)
        .containsEntry("license_keys", null)
        .containsEntry("meter_credit", null)
        .containsEntry("custom", null);
    Map<String, Object> custom =
        server.post(key, "/v1/benefits", "{\"type\":\"custom\",\"description\":\"Slack\"}");
    assertThat(custom.get("custom")).isEqualTo(java.util.Collections.singletonMap("note", null));

    MockHttp.Reply wrong =
        server
            .http
            .post("/v1/benefits")
            .key(key)
            .json(
                "{\"type\":\"feature_flag\",\"description\":\"Beta\","
                    + "\"license_keys\":{\"prefix\":\"X\"}}")
            .send();
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.error()).containsEntry("param", "license_keys");
    MockHttp.Reply missing =
        server
            .http
            .post("/v1/benefits")
            .key(key)
            .json("{\"type\":\"meter_credit\",\"description\":\"Credits\"}")
            .send();
    assertThat(missing.errorCode()).isEqualTo("parameter_missing");
    MockHttp.Reply noMeter =
        server
            .http
            .post("/v1/benefits")
            .key(key)
            .json(
                "{\"type\":\"meter_credit\",\"description\":\"Credits\","
                    + "\"meter_credit\":{\"meter\":\"mtr_nope\",\"units\":5}}")
            .send();
    assertThat(noMeter.status()).isEqualTo(404);
    assertThat(noMeter.error()).containsEntry("param", "meter_credit.meter");
    Map<String, Object> updated =
        server.post(
            key,
            "/v1/benefits/" + keys.get("id"),
            "{\"description\":\"App key (3 devices)\","
                + "\"license_keys\":{\"limit_activations\":3}}");
    assertThat((Map<String, Object>) updated.get("license_keys"))
        .containsEntry("prefix", null)
        .containsEntry("limit_activations", 3L);
    assertThat(FixtureServer.ids(server.get(key, "/v1/benefits?type=custom")))
        .containsExactly(custom.get("id"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPaidOneTimePurchaseGrantsItsProductsBenefitsWithKeysAndCredits() {
    String key = server.newKey();
    String meter =
        (String)
            server
                .post(
                    key,
                    "/v1/meters",
                    "{\"name\":\"t\",\"event_name\":\"completion\","
                        + "\"aggregation\":{\"func\":\"sum\",\"property\":\"metadata.tokens\"}}")
                .get("id");
    String app =
        benefit(
            key,
            "{\"type\":\"license_keys\",\"description\":\"App key\","
                + "\"license_keys\":{\"prefix\":\"PRO\",\"limit_activations\":2,"
                + "\"expires_in_days\":365}}");
    String credits =
        benefit(
            key,
            "{\"type\":\"meter_credit\",\"description\":\"1000 tokens\","
                + "\"meter_credit\":{\"meter\":\""
                + meter
                + "\",\"units\":1000}}");
    Map<String, Object> invoice = server.buy(key, "ada@example.com", "pm_card_visa", app, credits);
    String customer = (String) invoice.get("customer");

    List<String> types = eventTypes(key);
    assertThat(types.subList(types.indexOf("invoice.paid"), types.size()))
        .containsExactly(
            "invoice.paid",
            "benefit_grant.created",
            "benefit_grant.created",
            "customer.state_changed",
            "checkout.updated",
            "checkout.completed");
    List<Map<String, Object>> grants =
        (List<Map<String, Object>>)
            server.get(key, "/v1/benefit_grants?customer=" + customer).get("data");
    assertThat(grants).hasSize(2);
    Map<String, Object> keyGrant = grants.get(1);
    assertThat(keyGrant)
        .containsEntry("benefit", app)
        .containsEntry("benefit_type", "license_keys")
        .containsEntry("invoice", invoice.get("id"))
        .containsEntry("subscription", null)
        .containsEntry("is_granted", true)
        .containsEntry("granted_at", "2026-11-01T00:00:00Z");
    Map<String, Object> lk = server.get(key, "/v1/license_keys/" + keyGrant.get("license_key"));
    String k = (String) lk.get("key");
    assertThat(k).matches("PRO-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    assertThat(lk)
        .containsEntry("display_key", "****-" + k.substring(k.length() - 6))
        .containsEntry("status", "granted")
        .containsEntry("customer", customer)
        .containsEntry("limit_activations", 2L)
        .containsEntry("expires_at", "2027-11-01T00:00:00Z");
    assertThat(grants.get(0)).containsEntry("license_key", null);

    Map<String, Object> state = server.get(key, "/v1/customers/" + customer + "/state");
    assertThat((List<Object>) state.get("granted_benefits")).hasSize(2);
    assertThat((List<Object>) state.get("meters"))
        .containsExactly(
            Map.of(
                "meter", meter, "consumed_units", 0L, "credited_units", 1000L, "balance", 1000L));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRefundThatRevokesBenefitsRevokesThePurchasesGrantsAndKeys() {
    String key = server.newKey();
    String app =
        benefit(key, "{\"type\":\"license_keys\",\"description\":\"App key\",\"license_keys\":{}}");
    String flag = benefit(key, "{\"type\":\"feature_flag\",\"description\":\"Beta\"}");
    Map<String, Object> invoice = server.buy(key, "ada@example.com", "pm_card_visa", app, flag);
    String customer = (String) invoice.get("customer");
    server.post(key, "/v1/refunds", "{\"invoice\":\"" + invoice.get("id") + "\",\"amount\":100}");
    assertThat(FixtureServer.ids(server.get(key, "/v1/benefit_grants?is_granted=true"))).hasSize(2);

    server.post(
        key, "/v1/refunds", "{\"invoice\":\"" + invoice.get("id") + "\",\"revoke_benefits\":true}");

    List<Map<String, Object>> grants =
        (List<Map<String, Object>>) server.get(key, "/v1/benefit_grants").get("data");
    assertThat(grants)
        .allSatisfy(
            g ->
                assertThat(g)
                    .containsEntry("is_granted", false)
                    .containsEntry("is_revoked", true)
                    .containsEntry("revoked_at", "2026-11-01T00:00:00Z"));
    assertThat(FixtureServer.ids(server.get(key, "/v1/license_keys?status=revoked"))).hasSize(1);
    List<String> types = eventTypes(key);
    assertThat(types.subList(types.lastIndexOf("refund.created"), types.size()))
        .containsExactly(
            "refund.created",
            "benefit_grant.revoked",
            "benefit_grant.revoked",
            "customer.state_changed",
            "invoice.updated");
    Map<String, Object> state = server.get(key, "/v1/customers/" + customer + "/state");
    assertThat((List<Object>) state.get("granted_benefits")).isEmpty();
  }

  @Test
  void aPendingRefundRevokesOnlyOnceItSucceeds() {
    String key = server.newKey();
    String flag = benefit(key, "{\"type\":\"feature_flag\",\"description\":\"Beta\"}");
    Map<String, Object> invoice = server.buy(key, "ada@example.com", "pm_card_pendingRefund", flag);
    server.post(
        key, "/v1/refunds", "{\"invoice\":\"" + invoice.get("id") + "\",\"revoke_benefits\":true}");
    assertThat(FixtureServer.ids(server.get(key, "/v1/benefit_grants?is_granted=true"))).hasSize(1);

    server.advanceAccount(key, 86_400);
    assertThat(FixtureServer.ids(server.get(key, "/v1/benefit_grants?is_granted=true"))).isEmpty();
  }

  @Test
  void deletingABenefitRevokesItsGrantsAndTakesItOffItsProducts() {
    String key = server.newKey();
    String app =
        benefit(key, "{\"type\":\"license_keys\",\"description\":\"App key\",\"license_keys\":{}}");
    Map<String, Object> invoice = server.buy(key, "ada@example.com", "pm_card_visa", app);

    assertThat(server.http.delete("/v1/benefits/" + app).key(key).send().json())
        .isEqualTo(Map.of("id", app, "object", "benefit", "deleted", true));
    assertThat(FixtureServer.ids(server.get(key, "/v1/benefit_grants?is_granted=false")))
        .hasSize(1);
    assertThat(FixtureServer.ids(server.get(key, "/v1/license_keys?status=revoked"))).hasSize(1);
    String price = (String) ((Map<?, ?>) ((List<?>) invoice.get("lines")).get(0)).get("price");
    String product = (String) server.get(key, "/v1/prices/" + price).get("product");
    assertThat(server.get(key, "/v1/products/" + product)).containsEntry("benefits", List.of());
    assertThat(server.http.get("/v1/benefits/" + app).key(key).send().status()).isEqualTo(404);
  }

  @Test
  void benefitsGrantsAndKeysOfOneTenantAreInvisibleToAnother() {
    String key = server.newKey();
    String other = server.newKey();
    String app =
        benefit(key, "{\"type\":\"license_keys\",\"description\":\"App key\",\"license_keys\":{}}");
    server.buy(key, "ada@example.com", "pm_card_visa", app);
    String lk = (String) FixtureServer.ids(server.get(key, "/v1/license_keys")).get(0);
    String k = (String) server.get(key, "/v1/license_keys/" + lk).get("key");

    assertThat(server.http.get("/v1/benefits/" + app).key(other).send().status()).isEqualTo(404);
    assertThat(server.http.delete("/v1/benefits/" + app).key(other).send().status()).isEqualTo(404);
    assertThat(server.http.get("/v1/license_keys/" + lk).key(other).send().status()).isEqualTo(404);
    assertThat(FixtureServer.ids(server.get(other, "/v1/benefits"))).isEmpty();
    assertThat(FixtureServer.ids(server.get(other, "/v1/benefit_grants"))).isEmpty();
    assertThat(FixtureServer.ids(server.get(other, "/v1/license_keys"))).isEmpty();
    MockHttp.Reply foreign =
        server
            .http
            .post("/v1/license_keys/validate")
            .key(other)
            .json("{\"key\":\"" + k + "\"}")
            .send();
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.error()).containsEntry("param", "key");
  }
}
