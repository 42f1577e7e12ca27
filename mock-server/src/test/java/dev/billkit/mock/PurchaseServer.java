package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.testing.MockHttp;
import dev.billkit.mock.testing.SpecConformance;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-process server with the shipped domains (the real purchase path) and a conformance-checking
 * client per API key. Tests share one per class and isolate themselves with fresh tenants.
 */
final class PurchaseServer implements AutoCloseable {
  final BillkitMock mock;
  final MockHttp http;

  private PurchaseServer(BillkitMock mock) {
    this.mock = mock;
    this.http = new MockHttp(mock.url());
  }

  static PurchaseServer start() {
    return new PurchaseServer(BillkitMock.builder().start());
  }

  /** A client for a fresh tenant. */
  Client newClient() {
    return new Client(mock.newTenant().apiKey());
  }

  Client client(String key) {
    return new Client(key);
  }

  @Override
  public void close() {
    mock.close();
  }

  /** A JSON object from alternating keys and values, in order. */
  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object json) {
    return (Map<String, Object>) json;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> data(Map<String, Object> list) {
    return (List<Map<String, Object>>) list.get("data");
  }

  /** One tenant's view of the server: requests under its key and its server-side state. */
  final class Client {
    final String key;

    Client(String key) {
      this.key = key;
    }

    MockHttp.Reply post(String path, Map<String, Object> body) {
      return http.post(path).key(key).json(body).send();
    }

    MockHttp.Reply postWithKey(String path, Map<String, Object> body, String idempotencyKey) {
      return http.post(path).key(key).idempotencyKey(idempotencyKey).json(body).send();
    }

    MockHttp.Reply get(String path) {
      return http.get(path).key(key).send();
    }

    MockHttp.Reply delete(String path) {
      return http.delete(path).key(key).send();
    }

    /** POSTs and returns the 200 body (fails the test otherwise). */
    Map<String, Object> ok(String path, Map<String, Object> body) {
      return ok(post(path, body));
    }

    /** GETs and returns the 200 body. */
    Map<String, Object> ok(String path) {
      return ok(get(path));
    }

    Map<String, Object> ok(MockHttp.Reply reply) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      return reply.json();
    }

    String customer(String email) {
      return (String) ok("/v1/customers", obj("email", email)).get("id");
    }

    String paymentMethod(String token) {
      return (String)
          ok("/v1/payment_methods", obj("type", "card", "card", obj("token", token))).get("id");
    }

    /** A one-time product with a fixed price; returns the price id. */
    String oneTimePrice(long amount) {
      String product = (String) ok("/v1/products", obj("name", "E-book")).get("id");
      return (String)
          ok(
                  "/v1/prices",
                  obj(
                      "product",
                      product,
                      "amount_type",
                      "fixed",
                      "currency",
                      "usd",
                      "unit_amount",
                      amount))
              .get("id");
    }

    Tenant tenant() {
      return mock.server().tenants().get(key);
    }

    /** The tenant's durable state as bytes, for "nothing changed" checks. */
    byte[] state() {
      return FixtureServer.accountState(tenant());
    }

    /** Every event of the tenant, oldest first, each checked against the spec's Event schema. */
    List<Map<String, Object>> events() {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map.Entry<String, byte[]> e : tenant().store().table("event").entries()) {
        String json = new String(e.getValue(), StandardCharsets.UTF_8);
        assertThat(SpecConformance.billing().schemaProblems("#/components/schemas/Event", json))
            .as(json)
            .isEmpty();
        out.add(Json.readObject(e.getValue()));
      }
      return out;
    }

    /** The types of the events, oldest first. */
    List<String> eventTypes() {
      return events().stream().map(e -> (String) e.get("type")).toList();
    }

    /** The event types emitted from now on: call {@code since.get()} later. */
    java.util.function.Supplier<List<String>> eventsFromNow() {
      int before = tenant().store().table("event").size();
      return () -> {
        List<String> all = eventTypes();
        return all.subList(before, all.size());
      };
    }

    /** Moves the account clock forward (running due tasks). */
    void advanceAccount(long seconds) {
      assertThat(post("/_mock/clock/advance", obj("seconds", seconds)).status()).isEqualTo(200);
    }
  }
}
