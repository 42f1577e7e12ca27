package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.data;
import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The payment intent state machine: create, update, confirm, capture, cancel, expiry. */
class PaymentIntentsTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void anIntentWithoutAPaymentMethodWaitsForOneAndConfirmingChargesIt() {
    PurchaseServer.Client c = server.newClient();
    String ada = c.customer("ada@example.com");
    Map<String, Object> pi =
        c.ok(
            "/v1/payment_intents",
            obj("amount", 1500, "currency", "eur", "customer", ada, "description", "Tea"));
    String id = (String) pi.get("id");
    assertThat(pi)
        .containsEntry("status", "requires_payment_method")
        .containsEntry("capture_method", "automatic")
        .containsEntry("customer", ada);
    assertThat((String) pi.get("client_secret")).startsWith(id + "_secret_");
    assertThat(c.post("/v1/payment_intents/" + id + "/confirm", obj()).errorCode())
        .isEqualTo("parameter_missing");
    assertThat(
            c.ok(
                "/v1/payment_intents/" + id, obj("payment_method", "pm_card_visa", "amount", 1700)))
        .containsEntry("status", "requires_confirmation")
        .containsEntry("amount", 1700L);
    Map<String, Object> paid = c.ok("/v1/payment_intents/" + id + "/confirm", obj());
    assertThat(paid).containsEntry("status", "succeeded").containsEntry("amount_received", 1700L);
    assertThat(data(c.ok("/v1/payment_intents?status=succeeded&customer=" + ada))).hasSize(1);

    byte[] before = c.state();
    for (String call : new String[] {"confirm", "capture", "cancel"}) {
      MockHttp.Reply reply = c.post("/v1/payment_intents/" + id + "/" + call, obj());
      assertThat(reply.errorCode()).as(call).isEqualTo("invalid_state_transition");
      assertThat((String) reply.error().get("message")).contains("'succeeded'");
    }
    assertThat(c.post("/v1/payment_intents/" + id, obj("amount", 900)).errorCode())
        .isEqualTo("invalid_state_transition");
    assertThat(
            c.post("/v1/test_helpers/payment_intents/" + id + "/authenticate", obj()).errorCode())
        .isEqualTo("invalid_state_transition");
    assertThat(c.state()).isEqualTo(before);
    assertThat(
            c.ok("/v1/payment_intents/" + id, obj("description", null, "metadata", obj("k", "v"))))
        .containsEntry("description", null);
  }

  @Test
  void amountsUnderFiftyAreTooSmall() {
    PurchaseServer.Client c = server.newClient();
    assertThat(c.post("/v1/payment_intents", obj("amount", 49, "currency", "usd")).error())
        .containsEntry("code", "amount_too_small")
        .containsEntry("param", "amount");
    assertThat(
            c.post("/v1/payment_intents", obj("amount", 500, "currency", "usd", "confirm", true))
                .errorCode())
        .isEqualTo("parameter_missing");
  }

  @Test
  void manualCaptureAuthorizesThenCapturesPartOfTheAmount() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> pi =
        c.ok(
            "/v1/payment_intents",
            obj(
                "amount",
                5000,
                "currency",
                "usd",
                "payment_method",
                "pm_card_visa",
                "capture_method",
                "manual",
                "confirm",
                true));
    String id = (String) pi.get("id");
    assertThat(pi)
        .containsEntry("status", "requires_capture")
        .containsEntry("amount_capturable", 5000L);
    assertThat(
            c.post("/v1/payment_intents/" + id + "/capture", obj("amount_to_capture", 5001))
                .error())
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "amount_to_capture");
    var since = c.eventsFromNow();
    assertThat(c.ok("/v1/payment_intents/" + id + "/capture", obj("amount_to_capture", 3000)))
        .containsEntry("status", "succeeded")
        .containsEntry("amount_received", 3000L)
        .containsEntry("amount_capturable", 0L);
    assertThat(since.get()).containsExactly("payment_intent.succeeded");
    c.advanceAccount(8 * 86400);
    assertThat(c.ok("/v1/payment_intents/" + id)).containsEntry("status", "succeeded");
  }

  @Test
  void anUncapturedAuthorizationIsCanceledAfterSevenDays() {
    PurchaseServer.Client c = server.newClient();
    String id =
        (String)
            c.ok(
                    "/v1/payment_intents",
                    obj(
                        "amount",
                        5000,
                        "currency",
                        "usd",
                        "payment_method",
                        "pm_card_visa",
                        "capture_method",
                        "manual",
                        "confirm",
                        true))
                .get("id");
    c.advanceAccount(7 * 86400 - 1);
    assertThat(c.ok("/v1/payment_intents/" + id)).containsEntry("status", "requires_capture");
    var since = c.eventsFromNow();
    c.advanceAccount(1);
    assertThat(c.ok("/v1/payment_intents/" + id))
        .containsEntry("status", "canceled")
        .containsEntry("cancellation_reason", "automatic")
        .containsEntry("amount_capturable", 0L)
        .containsEntry("canceled_at", "2026-11-08T00:00:00Z");
    assertThat(since.get()).containsExactly("payment_intent.canceled");
  }

  @Test
  void tenFailedConfirmationsCancelTheIntent() {
    PurchaseServer.Client c = server.newClient();
    String id =
        (String) c.ok("/v1/payment_intents", obj("amount", 900, "currency", "usd")).get("id");
    for (int i = 1; i <= 9; i++) {
      assertThat(
              c.post(
                      "/v1/payment_intents/" + id + "/confirm",
                      obj("payment_method", "pm_card_visa_chargeDeclined"))
                  .status())
          .isEqualTo(402);
      assertThat(c.ok("/v1/payment_intents/" + id))
          .containsEntry("status", "requires_payment_method");
    }
    var since = c.eventsFromNow();
    assertThat(
            c.post(
                    "/v1/payment_intents/" + id + "/confirm",
                    obj("payment_method", "pm_card_visa_chargeDeclined"))
                .status())
        .isEqualTo(402);
    assertThat(c.ok("/v1/payment_intents/" + id))
        .containsEntry("status", "canceled")
        .containsEntry("cancellation_reason", "automatic");
    assertThat(since.get())
        .containsExactly("payment_intent.payment_failed", "payment_intent.canceled");
    assertThat(
            c.post("/v1/payment_intents/" + id + "/confirm", obj("payment_method", "pm_card_visa"))
                .errorCode())
        .isEqualTo("invalid_state_transition");
  }

  @Test
  void cancelReleasesAnIntentInAnyUnfinishedStatus() {
    PurchaseServer.Client c = server.newClient();
    String waiting =
        (String) c.ok("/v1/payment_intents", obj("amount", 900, "currency", "usd")).get("id");
    String action = confirmed(c, "pm_card_authenticationRequired");
    String authorized = charge(c, c.paymentMethod("pm_card_visa"), "manual");
    for (String id : new String[] {waiting, action, authorized}) {
      assertThat(
              c.ok(
                  "/v1/payment_intents/" + id + "/cancel", obj("cancellation_reason", "duplicate")))
          .containsEntry("status", "canceled")
          .containsEntry("cancellation_reason", "duplicate")
          .containsEntry("amount_capturable", 0L);
    }
    assertThat(c.post("/v1/payment_intents/" + waiting + "/cancel", obj()).errorCode())
        .isEqualTo("invalid_state_transition");
  }

  @Test
  void anIdempotentReplayOfAChargeDoesNotChargeTwice() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> body =
        obj("amount", 2000, "currency", "usd", "payment_method", "pm_card_visa", "confirm", true);
    MockHttp.Reply first = c.postWithKey("/v1/payment_intents", body, "order-42");
    MockHttp.Reply again = c.postWithKey("/v1/payment_intents", body, "order-42");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(data(c.ok("/v1/payment_intents"))).hasSize(1);
    assertThat(c.eventTypes()).containsExactly("payment_intent.succeeded");
    MockHttp.Reply declined =
        c.postWithKey(
            "/v1/payment_intents",
            obj(
                "amount",
                2000,
                "currency",
                "usd",
                "payment_method",
                "pm_card_visa_chargeDeclined",
                "confirm",
                true),
            "order-43");
    MockHttp.Reply replayed =
        c.postWithKey(
            "/v1/payment_intents",
            obj(
                "amount",
                2000,
                "currency",
                "usd",
                "payment_method",
                "pm_card_visa_chargeDeclined",
                "confirm",
                true),
            "order-43");
    assertThat(replayed.status()).isEqualTo(402);
    assertThat(replayed.body()).isEqualTo(declined.body());
    assertThat(data(c.ok("/v1/payment_intents"))).hasSize(2);
  }

  @Test
  void aCardAttachedToOneCustomerCannotPayForAnother() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> ada =
        c.ok("/v1/customers", obj("email", "ada@example.com", "payment_method", "pm_card_visa"));
    String bob = c.customer("bob@example.com");
    String pm = (String) ada.get("default_payment_method");
    assertThat(
            c.post(
                    "/v1/payment_intents",
                    obj("amount", 900, "currency", "usd", "customer", bob, "payment_method", pm))
                .error())
        .containsEntry("param", "payment_method");
    assertThat(
            c.ok(
                "/v1/payment_intents",
                obj(
                    "amount",
                    900,
                    "currency",
                    "usd",
                    "customer",
                    ada.get("id"),
                    "payment_method",
                    pm,
                    "confirm",
                    true)))
        .containsEntry("status", "succeeded");
  }

  private static String confirmed(PurchaseServer.Client c, String token) {
    return (String)
        c.ok(
                "/v1/payment_intents",
                obj("amount", 2000, "currency", "usd", "payment_method", token, "confirm", true))
            .get("id");
  }

  private static String charge(PurchaseServer.Client c, String pm, String capture) {
    return (String)
        c.ok(
                "/v1/payment_intents",
                obj(
                    "amount",
                    2000,
                    "currency",
                    "usd",
                    "payment_method",
                    pm,
                    "capture_method",
                    capture,
                    "confirm",
                    true))
            .get("id");
  }
}
