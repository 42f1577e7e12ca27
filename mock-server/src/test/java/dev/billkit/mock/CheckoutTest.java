package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.data;
import static dev.billkit.mock.PurchaseServer.map;
import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Checkout sessions end to end: create, confirm by client secret, decline, 3DS, expiry. */
class CheckoutTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void aSuccessfulCheckoutCreatesTheCustomerAndAPaidInvoiceWithTheExactEvents() {
    PurchaseServer.Client c = server.newClient();
    String price = c.oneTimePrice(2500);
    Map<String, Object> session =
        c.ok(
            "/v1/checkout_sessions",
            obj(
                "price",
                price,
                "customer_email",
                "ada@example.com",
                "external_customer_id",
                "u7",
                "success_url",
                "https://shop.example/thanks",
                "metadata",
                obj("cart", "9")));
    assertThat(session)
        .containsEntry("status", "open")
        .containsEntry("amount", 2500L)
        .containsEntry("total_amount", 2500L)
        .containsEntry("currency", "usd")
        .containsEntry("customer", null)
        .containsEntry("trial_period_days", null)
        .containsEntry("expires_at", "2026-11-02T00:00:00Z");
    String secret = (String) session.get("client_secret");
    assertThat(c.ok("/v1/checkout_sessions/client/" + secret)).isEqualTo(session);
    assertThat(c.eventTypes()).containsExactly("checkout.created");

    var since = c.eventsFromNow();
    Map<String, Object> done =
        c.ok(
            "/v1/checkout_sessions/client/" + secret + "/confirm",
            obj(
                "payment_method",
                "pm_card_visa",
                "customer_name",
                "Ada",
                "billing_address",
                obj("country", "GB")));
    assertThat(since.get())
        .containsExactly(
            "checkout.updated",
            "customer.created",
            "customer.state_changed",
            "invoice.created",
            "invoice.finalized",
            "payment_intent.succeeded",
            "invoice.paid",
            "checkout.updated",
            "checkout.completed");
    assertThat(done).containsEntry("status", "succeeded").containsEntry("last_payment_error", null);
    assertThat(done.get("completed_at")).isNotNull();
    Map<String, Object> customer = c.ok("/v1/customers/" + done.get("customer"));
    assertThat(customer)
        .containsEntry("email", "ada@example.com")
        .containsEntry("name", "Ada")
        .containsEntry("external_id", "u7")
        .containsEntry("default_payment_method", done.get("payment_method"));
    assertThat(map(customer.get("billing_address"))).containsEntry("country", "GB");
    Map<String, Object> invoice = c.ok("/v1/invoices/" + done.get("invoice"));
    assertThat(invoice)
        .containsEntry("status", "paid")
        .containsEntry("billing_reason", "purchase")
        .containsEntry("customer", done.get("customer"))
        .containsEntry("total", 2500L)
        .containsEntry("amount_paid", 2500L)
        .containsEntry("payment_intent", done.get("payment_intent"));
    assertThat(c.ok("/v1/payment_intents/" + done.get("payment_intent")))
        .containsEntry("status", "succeeded")
        .containsEntry("customer", done.get("customer"))
        .containsEntry("invoice", done.get("invoice"));
    List<Map<String, Object>> events = c.events();
    Map<String, Object> confirmed = events.get(events.size() - 9);
    assertThat(map(map(confirmed.get("data")).get("previous_attributes")))
        .containsEntry("status", "open");
    assertThat(
            c.post(
                    "/v1/checkout_sessions/client/" + secret + "/confirm",
                    obj("payment_method", "pm_card_visa"))
                .errorCode())
        .isEqualTo("invalid_state_transition");
  }

  @Test
  void aDeclineReopensTheSessionWithTheErrorAndARetryReusesThePaymentIntent() {
    PurchaseServer.Client c = server.newClient();
    String secret = session(c, c.oneTimePrice(2500), "ada@example.com");
    var since = c.eventsFromNow();
    MockHttp.Reply declined =
        c.post(
            "/v1/checkout_sessions/client/" + secret + "/confirm",
            obj("payment_method", "pm_card_visa_chargeDeclinedInsufficientFunds"));
    assertThat(declined.status()).isEqualTo(402);
    assertThat(declined.error()).containsEntry("decline_code", "insufficient_funds");
    assertThat(since.get())
        .containsExactly("checkout.updated", "payment_intent.payment_failed", "checkout.updated");
    Map<String, Object> reopened = c.ok("/v1/checkout_sessions/client/" + secret);
    assertThat(reopened).containsEntry("status", "open").containsEntry("customer", null);
    assertThat(map(reopened.get("last_payment_error")))
        .containsEntry("code", "card_declined")
        .containsEntry("decline_code", "insufficient_funds");
    assertThat(data(c.ok("/v1/customers"))).isEmpty();
    Map<String, Object> done =
        c.ok(
            "/v1/checkout_sessions/client/" + secret + "/confirm",
            obj("payment_method", "pm_card_visa"));
    assertThat(done)
        .containsEntry("status", "succeeded")
        .containsEntry("payment_intent", reopened.get("payment_intent"))
        .containsEntry("last_payment_error", null);
    assertThat(data(c.ok("/v1/payment_intents"))).hasSize(1);
  }

  @Test
  void aThreeDSecureCardLeavesItConfirmedUntilTheIntentIsAuthenticated() {
    PurchaseServer.Client c = server.newClient();
    String secret = session(c, c.oneTimePrice(2500), "ada@example.com");
    var since = c.eventsFromNow();
    Map<String, Object> waiting =
        c.ok(
            "/v1/checkout_sessions/client/" + secret + "/confirm",
            obj("payment_method", "pm_card_authenticationRequired"));
    assertThat(waiting).containsEntry("status", "confirmed").containsEntry("customer", null);
    assertThat(since.get()).containsExactly("checkout.updated", "payment_intent.requires_action");
    var auth = c.eventsFromNow();
    c.ok(
        "/v1/test_helpers/payment_intents/" + waiting.get("payment_intent") + "/authenticate",
        obj());
    assertThat(auth.get())
        .containsExactly(
            "payment_intent.succeeded",
            "customer.created",
            "customer.state_changed",
            "invoice.created",
            "invoice.finalized",
            "invoice.paid",
            "checkout.updated",
            "checkout.completed");
    Map<String, Object> done = c.ok("/v1/checkout_sessions/client/" + secret);
    assertThat(done).containsEntry("status", "succeeded");
    assertThat(c.ok("/v1/invoices/" + done.get("invoice"))).containsEntry("status", "paid");
  }

  @Test
  void aFailedThreeDSecureReopensTheSession() {
    PurchaseServer.Client c = server.newClient();
    String secret = session(c, c.oneTimePrice(2500), "ada@example.com");
    String pi =
        (String)
            c.ok(
                    "/v1/checkout_sessions/client/" + secret + "/confirm",
                    obj("payment_method", "pm_card_authenticationRequired"))
                .get("payment_intent");
    c.ok("/v1/test_helpers/payment_intents/" + pi + "/authenticate", obj("outcome", "fail"));
    Map<String, Object> session = c.ok("/v1/checkout_sessions/client/" + secret);
    assertThat(session).containsEntry("status", "open");
    assertThat(map(session.get("last_payment_error")))
        .containsEntry("code", "payment_intent_authentication_failure");
  }

  @Test
  void anExistingCustomerIsReusedByIdExternalIdOrEmail() {
    PurchaseServer.Client c = server.newClient();
    String price = c.oneTimePrice(900);
    String ada =
        (String)
            c.ok("/v1/customers", obj("email", "ada@example.com", "external_id", "u1")).get("id");
    Map<String, Object> byId = c.ok("/v1/checkout_sessions", obj("price", price, "customer", ada));
    assertThat(byId).containsEntry("customer_email", "ada@example.com");
    assertThat(confirm(c, (String) byId.get("client_secret"))).containsEntry("customer", ada);
    Map<String, Object> byExternal =
        c.ok("/v1/checkout_sessions", obj("price", price, "external_customer_id", "u1"));
    assertThat(confirm(c, (String) byExternal.get("client_secret"))).containsEntry("customer", ada);
    String byEmail = session(c, price, "ada@example.com");
    assertThat(confirm(c, byEmail)).containsEntry("customer", ada);
    assertThat(data(c.ok("/v1/customers"))).hasSize(1);
    assertThat(data(c.ok("/v1/customers/" + ada + "/payment_methods"))).hasSize(3);
    assertThat(data(c.ok("/v1/checkout_sessions?status=succeeded&customer=" + ada))).hasSize(3);
    assertThat(
            c.post(
                    "/v1/checkout_sessions",
                    obj("price", price, "customer", ada, "external_customer_id", "u1"))
                .errorCode())
        .isEqualTo("parameters_exclusive");
  }

  @Test
  void aFreePriceIsPaidWithoutACharge() {
    PurchaseServer.Client c = server.newClient();
    String secret = session(c, c.oneTimePrice(0), "ada@example.com");
    var since = c.eventsFromNow();
    Map<String, Object> done = confirm(c, secret);
    assertThat(done).containsEntry("status", "succeeded").containsEntry("payment_intent", null);
    assertThat(since.get())
        .containsExactly(
            "checkout.updated",
            "customer.created",
            "customer.state_changed",
            "invoice.created",
            "invoice.finalized",
            "invoice.paid",
            "checkout.updated",
            "checkout.completed");
  }

  @Test
  void anIdempotentReplayOfAConfirmationDoesNotChargeTwice() {
    PurchaseServer.Client c = server.newClient();
    String secret = session(c, c.oneTimePrice(2500), "ada@example.com");
    String path = "/v1/checkout_sessions/client/" + secret + "/confirm";
    MockHttp.Reply first = c.postWithKey(path, obj("payment_method", "pm_card_visa"), "buy-1");
    MockHttp.Reply again = c.postWithKey(path, obj("payment_method", "pm_card_visa"), "buy-1");
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(data(c.ok("/v1/payment_intents"))).hasSize(1);
    assertThat(data(c.ok("/v1/invoices"))).hasSize(1);
    assertThat(c.eventTypes().stream().filter("payment_intent.succeeded"::equals)).hasSize(1);
  }

  private static String session(PurchaseServer.Client c, String price, String email) {
    return (String)
        c.ok("/v1/checkout_sessions", obj("price", price, "customer_email", email))
            .get("client_secret");
  }

  private static Map<String, Object> confirm(PurchaseServer.Client c, String secret) {
    return c.ok(
        "/v1/checkout_sessions/client/" + secret + "/confirm",
        obj("payment_method", "pm_card_visa"));
  }
}
