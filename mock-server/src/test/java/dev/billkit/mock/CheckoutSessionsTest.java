package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Checkout session rules: amounts, the buyer's email, expiry, and the recurring-price 501. */
class CheckoutSessionsTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void customPricesTakeTheBuyersAmountWithinTheirBounds() {
    PurchaseServer.Client c = server.newClient();
    String product = (String) c.ok("/v1/products", obj("name", "Tip")).get("id");
    String custom =
        (String)
            c.ok(
                    "/v1/prices",
                    obj(
                        "product",
                        product,
                        "amount_type",
                        "custom",
                        "currency",
                        "usd",
                        "minimum_amount",
                        100,
                        "maximum_amount",
                        1000,
                        "preset_amount",
                        500))
                .get("id");
    assertThat(c.ok("/v1/checkout_sessions", obj("price", custom))).containsEntry("amount", 500L);
    assertThat(c.ok("/v1/checkout_sessions", obj("price", custom, "amount", 800)))
        .containsEntry("total_amount", 800L);
    assertThat(c.post("/v1/checkout_sessions", obj("price", custom, "amount", 1001)).error())
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "amount");
    assertThat(
            c.post("/v1/checkout_sessions", obj("price", c.oneTimePrice(900), "amount", 900))
                .error())
        .containsEntry("param", "amount");
  }

  @Test
  void anUnpaidSessionExpiresAtExpiresAtOrWhenExpired() {
    PurchaseServer.Client c = server.newClient();
    String price = c.oneTimePrice(900);
    Map<String, Object> s =
        c.ok("/v1/checkout_sessions", obj("price", price, "expires_at", "2026-11-01T01:00:00Z"));
    assertThat(
            c.post(
                    "/v1/checkout_sessions",
                    obj("price", price, "expires_at", "2026-11-01T00:10:00Z"))
                .error())
        .containsEntry("param", "expires_at");
    var since = c.eventsFromNow();
    c.advanceAccount(3600);
    assertThat(since.get()).containsExactly("checkout.expired");
    assertThat(c.ok("/v1/checkout_sessions/" + s.get("id"))).containsEntry("status", "expired");
    assertThat(
            c.post(
                    "/v1/checkout_sessions/client/" + s.get("client_secret") + "/confirm",
                    obj("payment_method", "pm_card_visa", "customer_email", "a@example.com"))
                .errorCode())
        .isEqualTo("invalid_state_transition");

    String other = (String) c.ok("/v1/checkout_sessions", obj("price", price)).get("id");
    assertThat(c.ok("/v1/checkout_sessions/" + other + "/expire", obj()))
        .containsEntry("status", "expired");
    assertThat(c.post("/v1/checkout_sessions/" + other + "/expire", obj()).errorCode())
        .isEqualTo("invalid_state_transition");
    var later = c.eventsFromNow();
    c.advanceAccount(2 * 86400);
    assertThat(later.get()).isEmpty();
  }

  @Test
  void aSessionOfATestClockCustomerExpiresByThatClock() {
    PurchaseServer.Client c = server.newClient();
    String clock =
        (String)
            c.ok(
                    "/v1/test_helpers/test_clocks",
                    obj("frozen_time", "2030-01-01T00:00:00Z", "name", "c"))
                .get("id");
    String ada =
        (String)
            c.ok("/v1/customers", obj("email", "a@example.com", "test_clock", clock)).get("id");
    Map<String, Object> s =
        c.ok("/v1/checkout_sessions", obj("price", c.oneTimePrice(900), "customer", ada));
    assertThat(s)
        .containsEntry("created_at", "2030-01-01T00:00:00Z")
        .containsEntry("expires_at", "2030-01-02T00:00:00Z");
    c.ok(
        "/v1/test_helpers/test_clocks/" + clock + "/advance",
        obj("frozen_time", "2030-01-02T00:00:00Z"));
    assertThat(c.ok("/v1/checkout_sessions/" + s.get("id"))).containsEntry("status", "expired");
  }

  @Test
  void confirmingARecurringPriceIsNotImplementedYetAndChangesNothing() {
    PurchaseServer.Client c = server.newClient();
    String product =
        (String)
            c.ok(
                    "/v1/products",
                    obj("name", "Pro", "recurring_interval", "month", "trial_period_days", 7))
                .get("id");
    String price =
        (String)
            c.ok(
                    "/v1/prices",
                    obj(
                        "product",
                        product,
                        "amount_type",
                        "fixed",
                        "currency",
                        "usd",
                        "unit_amount",
                        2000))
                .get("id");
    Map<String, Object> session =
        c.ok("/v1/checkout_sessions", obj("price", price, "customer_email", "a@example.com"));
    assertThat(session).containsEntry("trial_period_days", 7L).containsEntry("total_amount", 0L);
    assertThat(
            c.ok(
                "/v1/checkout_sessions",
                obj("price", price, "customer_email", "a@example.com", "trial_period_days", 30)))
        .containsEntry("trial_period_days", 30L);
    assertThat(
            c.post(
                    "/v1/checkout_sessions",
                    obj("price", c.oneTimePrice(900), "trial_period_days", 3))
                .errorCode())
        .isEqualTo("parameter_invalid");
    byte[] before = c.state();
    MockHttp.Reply reply =
        c.post(
            "/v1/checkout_sessions/client/" + session.get("client_secret") + "/confirm",
            obj("payment_method", "pm_card_visa"));
    assertThat(reply.status()).isEqualTo(501);
    assertThat(reply.error()).containsEntry("code", "not_implemented");
    assertThat((String) reply.error().get("message")).contains("billing engine: subscriptions");
    assertThat(reply.header("Should-Retry")).isEqualTo("false");
    assertThat(c.state()).isEqualTo(before);
  }

  @Test
  void aBuyerWithoutAnEmailMustGiveOne() {
    PurchaseServer.Client c = server.newClient();
    String secret =
        (String)
            c.ok("/v1/checkout_sessions", obj("price", c.oneTimePrice(900))).get("client_secret");
    byte[] before = c.state();
    assertThat(
            c.post(
                    "/v1/checkout_sessions/client/" + secret + "/confirm",
                    obj("payment_method", "pm_card_visa"))
                .error())
        .containsEntry("code", "parameter_missing")
        .containsEntry("param", "customer_email");
    assertThat(c.state()).isEqualTo(before);
    assertThat(
            c.ok(
                "/v1/checkout_sessions/client/" + secret + "/confirm",
                obj("payment_method", "pm_card_visa", "customer_email", "bob@example.com")))
        .containsEntry("customer_email", "bob@example.com");
    assertThat(c.get("/v1/checkout_sessions/client/cs_nope_secret_x").errorCode())
        .isEqualTo("resource_missing");
  }

  private static String session(PurchaseServer.Client c, String price, String email) {
    return (String)
        c.ok("/v1/checkout_sessions", obj("price", price, "customer_email", email))
            .get("client_secret");
  }
}
