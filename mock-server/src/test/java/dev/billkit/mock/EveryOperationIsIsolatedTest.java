package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.server.SpecSources;
import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.spec.ParameterSpec;
import dev.billkit.mock.internal.spec.SpecDocument;
import dev.billkit.mock.internal.spec.SpecIndex;
import dev.billkit.mock.testing.MockHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Driven by the spec rather than a hand-kept list: key A owns an object of every resource type,
 * and key B calls every operation of the spec that names an object in its path, with A's ids and
 * a schema-valid body, then every list. B gets 404s and empty lists, and A's state is byte for
 * byte what it was. A new resource type in the spec fails this test until the fixture owns one.
 */
class EveryOperationIsIsolatedTest {
  @AutoClose static final DomainServer server = DomainServer.start();

  @Test
  void noOperationOfTheSpecLetsKeyBReachAnObjectOfKeyA() {
    String a = server.newKey();
    String b = server.newKey();
    String secret = ownOneOfEverything(a);
    SpecDocument doc = SpecSources.billing();
    List<ApiOperation> operations = SpecIndex.of(doc).operations();
    Map<String, String> ids = idsByPrefix(a, doc, operations);
    byte[] before = accountState(a);

    List<String> leaks = new ArrayList<>();
    TreeSet<String> unowned = new TreeSet<>();
    int reached = 0;
    for (ApiOperation op : operations) {
      if (op.parameters().stream().noneMatch(p -> p.in().equals("path"))) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      MockHttp.Call call =
          SpecRequests.call(server.http, doc, op, p -> value(p, ids, secret, missing)).key(b);
      MockHttp.Reply reply = call.send();
      unowned.addAll(missing);
      int expected = missing.isEmpty() ? 404 : 501; // only what part 2 serves has no object yet
      if (reply.status() != expected) {
        leaks.add(op.describe() + " -> " + reply.status() + " " + reply.body());
      }
      reached++;
    }
    assertThat(leaks).isEmpty();
    assertThat(unowned).as("resource types with no handler yet").containsOnly("sub_");
    assertThat(reached).isGreaterThan(40);

    for (String list : listPaths(operations)) {
      MockHttp.Reply reply = server.http.get(list).key(b).send();
      assertThat(reply.status()).as(list).isIn(200, 501);
      if (reply.status() == 200) {
        assertThat((List<?>) reply.json().get("data")).as(list).isEmpty();
      }
    }
    assertThat(accountState(a)).isEqualTo(before);
  }

  /** An object of every type in A's account; returns the client secret of an open checkout. */
  private static String ownOneOfEverything(String a) {
    server.customer(
        a, "{\"email\":\"ada@example.com\",\"external_id\":\"u1\",\"payment_method\":\"pm_card_visa\"}");
    String benefit =
        (String)
            server
                .post(
                    a,
                    "/v1/benefits",
                    "{\"type\":\"license_keys\",\"description\":\"App key\",\"license_keys\":{}}")
                .get("id");
    Map<String, Object> invoice = server.buy(a, "bob@example.com", "pm_card_visa", benefit);
    server.post(a, "/v1/refunds", "{\"invoice\":\"" + invoice.get("id") + "\",\"amount\":100}");
    server.post(a, "/v1/invoices", "{\"customer\":\"" + invoice.get("customer") + "\",\"currency\":\"usd\"}");
    server.post(a, "/v1/payment_intents", "{\"amount\":900,\"currency\":\"usd\"}");
    server.post(
        a, "/v1/meters", "{\"name\":\"m\",\"event_name\":\"completion\",\"aggregation\":{\"func\":\"count\"}}");
    server.post(
        a,
        "/v1/usage_events/ingest",
        "{\"events\":[{\"name\":\"completion\",\"customer\":\"" + invoice.get("customer") + "\"}]}");
    server.endpoint(a, "/isolated", "customer.created");
    String now = (String) server.get(a, "/_mock/clock").get("now");
    server.post(a, "/v1/test_helpers/test_clocks", "{\"frozen_time\":\"" + now + "\"}");
    String price = (String) ((Map<?, ?>) ((List<?>) invoice.get("lines")).get(0)).get("price");
    return (String)
        server
            .post(a, "/v1/checkout_sessions", "{\"price\":\"" + price + "\"}")
            .get("client_secret");
  }

  private static String value(
      ParameterSpec p, Map<String, String> ids, String secret, List<String> missing) {
    if (p.name().equals("external_id")) {
      return "u1";
    }
    if (p.name().equals("client_secret")) {
      return secret;
    }
    String prefix = SpecRequests.idPrefix(p);
    String id = prefix == null ? null : ids.get(prefix);
    if (id == null) {
      missing.add(prefix == null ? p.name() : prefix);
    }
    return id;
  }

  /**
   * One id of A's per prefix, read from every list of the spec; twice, so that lists under an
   * object (a customer's payment methods) are read once that object's id is known.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, String> idsByPrefix(
      String a, SpecDocument doc, List<ApiOperation> operations) {
    Map<String, String> ids = new TreeMap<>();
    for (int pass = 0; pass < 2; pass++) {
      for (ApiOperation op : operations) {
        if (!isList(op)) {
          continue;
        }
        List<String> missing = new ArrayList<>();
        MockHttp.Call call =
            SpecRequests.call(server.http, doc, op, p -> value(p, ids, "", missing)).key(a);
        MockHttp.Reply reply = missing.isEmpty() ? call.send() : null;
        if (reply == null || reply.status() != 200) {
          continue;
        }
        for (Map<String, Object> item : (List<Map<String, Object>>) reply.json().get("data")) {
          Object id = item.get("id");
          if (id instanceof String s && s.indexOf('_') > 0) {
            ids.putIfAbsent(s.substring(0, s.indexOf('_') + 1), s);
          }
        }
      }
    }
    return ids;
  }

  /** Every GET of the spec that lists and needs no parameter. */
  private static List<String> listPaths(List<ApiOperation> operations) {
    List<String> lists = new ArrayList<>();
    for (ApiOperation op : operations) {
      if (isList(op) && op.parameters().stream().noneMatch(p -> p.in().equals("path"))) {
        lists.add(op.pathTemplate());
      }
    }
    return lists;
  }

  private static boolean isList(ApiOperation op) {
    return op.method().equals("GET")
        && op.operationId().startsWith("list")
        && op.parameters().stream().noneMatch(p -> p.required() && !p.in().equals("path"));
  }

  private static byte[] accountState(String key) {
    return FixtureServer.accountState(server.mock.server().tenants().get(key));
  }
}
