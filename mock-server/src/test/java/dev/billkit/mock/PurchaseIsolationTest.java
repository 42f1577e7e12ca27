package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.data;
import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Key B can't read, change or list any purchase-path object of key A. */
class PurchaseIsolationTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void noKeyReachesAnotherKeysCustomersCatalogPaymentsCheckoutsInvoicesOrRefunds() {
    PurchaseServer.Client a = server.newClient();
    PurchaseServer.Client b = server.newClient();
    Map<String, Object> customer =
        a.ok(
            "/v1/customers",
            obj("email", "ada@example.com", "external_id", "u1", "payment_method", "pm_card_visa"));
    String cus = (String) customer.get("id");
    String pm = (String) customer.get("default_payment_method");
    String price = a.oneTimePrice(2500);
    String prod = (String) a.ok("/v1/prices/" + price).get("product");
    Map<String, Object> session = RefundsTest.purchase(a, "pm_card_visa", 3000);
    String cs = (String) session.get("id");
    String secret = (String) session.get("client_secret");
    String pi = (String) session.get("payment_intent");
    String inv = (String) session.get("invoice");
    String re = (String) a.ok("/v1/refunds", obj("payment_intent", pi, "amount", 100)).get("id");
    String draft = (String) a.ok("/v1/invoices", obj("customer", cus, "currency", "usd")).get("id");
    String openCs = (String) a.ok("/v1/checkout_sessions", obj("price", price)).get("id");
    String waitingPi =
        (String) a.ok("/v1/payment_intents", obj("amount", 900, "currency", "usd")).get("id");
    byte[] before = a.state();

    List<String> leaks = new ArrayList<>();
    for (String path :
        List.of(
            "/v1/customers/" + cus,
            "/v1/customers/external/u1",
            "/v1/customers/" + cus + "/state",
            "/v1/customers/" + cus + "/payment_methods",
            "/v1/products/" + prod,
            "/v1/prices/" + price,
            "/v1/payment_methods/" + pm,
            "/v1/checkout_sessions/" + cs,
            "/v1/checkout_sessions/client/" + secret,
            "/v1/payment_intents/" + pi,
            "/v1/invoices/" + inv,
            "/v1/refunds/" + re)) {
      expect404(b.get(path), "GET " + path, leaks);
    }
    Map<String, Map<String, Object>> posts = new java.util.LinkedHashMap<>();
    posts.put("/v1/customers/" + cus, obj("name", "Mallory"));
    posts.put("/v1/products/" + prod, obj("name", "Mine"));
    posts.put("/v1/prices/" + price, obj("is_archived", true));
    posts.put("/v1/payment_methods/" + pm + "/detach", obj());
    posts.put("/v1/payment_methods/" + pm + "/attach", obj("customer", cus));
    posts.put("/v1/checkout_sessions/" + openCs + "/expire", obj());
    posts.put(
        "/v1/checkout_sessions/client/" + secret + "/confirm",
        obj("payment_method", "pm_card_visa"));
    posts.put("/v1/checkout_sessions", obj("price", price));
    posts.put("/v1/payment_intents/" + waitingPi, obj("amount", 5000));
    posts.put(
        "/v1/payment_intents/" + waitingPi + "/confirm", obj("payment_method", "pm_card_visa"));
    posts.put("/v1/payment_intents/" + waitingPi + "/cancel", obj());
    posts.put("/v1/payment_intents/" + pi + "/capture", obj());
    posts.put("/v1/test_helpers/payment_intents/" + waitingPi + "/authenticate", obj());
    posts.put("/v1/payment_intents", obj("amount", 900, "currency", "usd", "customer", cus));
    posts.put("/v1/invoices", obj("customer", cus, "currency", "usd"));
    posts.put("/v1/invoices/" + draft, obj("description", "x"));
    posts.put("/v1/invoices/" + draft + "/lines", obj("amount", 100, "description", "x"));
    posts.put("/v1/invoices/" + draft + "/finalize", obj());
    posts.put("/v1/invoices/" + inv + "/pay", obj("payment_method", "pm_card_visa"));
    posts.put("/v1/invoices/" + inv + "/void", obj());
    posts.put("/v1/invoices/" + inv + "/mark_uncollectible", obj());
    posts.put("/v1/refunds", obj("payment_intent", pi));
    for (Map.Entry<String, Map<String, Object>> e : posts.entrySet()) {
      expect404(b.post(e.getKey(), e.getValue()), "POST " + e.getKey(), leaks);
    }
    expect404(b.delete("/v1/customers/" + cus), "DELETE customer", leaks);
    expect404(b.delete("/v1/invoices/" + draft), "DELETE invoice", leaks);
    expect404(b.post("/v1/refunds", obj("invoice", inv)), "POST refund by invoice", leaks);
    assertThat(leaks).isEmpty();

    for (String list :
        List.of(
            "/v1/customers",
            "/v1/customers?email=ada@example.com",
            "/v1/products",
            "/v1/prices",
            "/v1/prices?product=" + prod,
            "/v1/checkout_sessions?customer=" + cus,
            "/v1/payment_intents?customer=" + cus,
            "/v1/payment_intents",
            "/v1/invoices?customer=" + cus,
            "/v1/invoices",
            "/v1/refunds?payment_intent=" + pi,
            "/v1/refunds")) {
      assertThat(data(b.ok(list))).as(list).isEmpty();
    }
    assertThat(a.state()).isEqualTo(before);
    assertThat(data(a.ok("/v1/refunds"))).hasSize(1);
  }

  private static void expect404(MockHttp.Reply reply, String what, List<String> leaks) {
    if (reply.status() != 404) {
      leaks.add(what + " -> " + reply.status() + " " + reply.body());
    }
  }
}
