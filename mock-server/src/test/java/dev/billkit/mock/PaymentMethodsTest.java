package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.map;
import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.domain.payment.TestCards;
import dev.billkit.mock.testing.MockHttp;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Card payment methods from test numbers and tokens; attach and detach. */
class PaymentMethodsTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void everyTestCardIsCreatedFromItsNumberAndFromItsToken() {
    PurchaseServer.Client c = server.newClient();
    for (TestCards.Card card : TestCards.all()) {
      Map<String, Object> byNumber =
          c.ok(
              "/v1/payment_methods",
              obj(
                  "type",
                  "card",
                  "card",
                  obj("number", card.number(), "exp_month", 12, "exp_year", 2031, "cvc", "123")));
      Map<String, Object> byToken =
          c.ok("/v1/payment_methods", obj("type", "card", "card", obj("token", card.token())));
      for (Map<String, Object> pm : new Map[] {byNumber, byToken}) {
        assertThat(map(pm.get("card")))
            .containsEntry("brand", card.brand())
            .containsEntry("last4", card.number().substring(12));
        assertThat(pm).containsEntry("customer", null).containsEntry("type", "card");
      }
      assertThat(map(byNumber.get("card")).get("fingerprint"))
          .isEqualTo(map(byToken.get("card")).get("fingerprint"));
    }
    assertThat(c.eventTypes()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "4242424242424241, 12, 2031, 402, incorrect_number, card.number",
    "4242424242424242, 1, 2020, 402, expired_card, card.exp_year",
    "4242424242424242, 10, 2026, 402, expired_card, card.exp_month",
  })
  void badNumbersAndPastExpiriesAreCardErrorsThatCreateNothing(
      String number, int month, int year, int status, String code, String param) {
    PurchaseServer.Client c = server.newClient();
    byte[] before = c.state();
    MockHttp.Reply reply =
        c.post(
            "/v1/payment_methods",
            obj(
                "type",
                "card",
                "card",
                obj("number", number, "exp_month", month, "exp_year", year)));
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.error()).containsEntry("code", code).containsEntry("param", param);
    assertThat(c.state()).isEqualTo(before);
  }

  @Test
  void otherNumbersGetTheirBrandAndTokensAndNumbersAreExclusive() {
    PurchaseServer.Client c = server.newClient();
    assertThat(map(card(c, "378282246310005").get("card"))).containsEntry("brand", "amex");
    assertThat(map(card(c, "6011111111111117").get("card"))).containsEntry("brand", "discover");
    assertThat(map(card(c, "2223003122003222").get("card"))).containsEntry("brand", "mastercard");
    assertThat(map(card(c, "3566002020360505").get("card"))).containsEntry("brand", "unknown");
    assertThat(
            c.post(
                    "/v1/payment_methods",
                    obj(
                        "type",
                        "card",
                        "card",
                        obj("token", "pm_card_visa", "number", "4242424242424242")))
                .errorCode())
        .isEqualTo("parameters_exclusive");
    assertThat(c.post("/v1/payment_methods", obj("type", "card", "card", obj())).errorCode())
        .isEqualTo("parameter_missing");
    assertThat(
            c.post(
                    "/v1/payment_methods",
                    obj("type", "card", "card", obj("number", "4242424242424242")))
                .error())
        .containsEntry("param", "card.exp_month");
    assertThat(
            c.post("/v1/payment_methods", obj("type", "card", "card", obj("token", "pm_card_nope")))
                .error())
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "card.token");
  }

  @Test
  void declineTableCardsCannotBeAttachedButTheCustomerFailCardCan() {
    PurchaseServer.Client c = server.newClient();
    String ada = c.customer("ada@example.com");
    for (String token :
        new String[] {
          "pm_card_visa_chargeDeclined", "pm_card_visa_chargeDeclinedInsufficientFunds",
          "pm_card_visa_chargeDeclinedLostCard", "pm_card_visa_chargeDeclinedStolenCard",
          "pm_card_chargeDeclinedExpiredCard", "pm_card_chargeDeclinedIncorrectCvc",
          "pm_card_chargeDeclinedProcessingError"
        }) {
      String pm = c.paymentMethod(token);
      byte[] before = c.state();
      MockHttp.Reply reply = c.post("/v1/payment_methods/" + pm + "/attach", obj("customer", ada));
      assertThat(reply.status()).as(token).isEqualTo(402);
      assertThat(c.state()).isEqualTo(before);
    }
    String fail = c.paymentMethod("pm_card_chargeCustomerFail");
    assertThat(c.ok("/v1/payment_methods/" + fail + "/attach", obj("customer", ada)))
        .containsEntry("customer", ada);
  }

  @Test
  void attachingMakesTheFirstCardTheDefaultAndDetachingTheDefaultClearsIt() {
    PurchaseServer.Client c = server.newClient();
    String ada = c.customer("ada@example.com");
    String first = c.paymentMethod("pm_card_visa");
    String second = c.paymentMethod("pm_card_mastercard");
    var since = c.eventsFromNow();
    c.ok("/v1/payment_methods/" + first + "/attach", obj("customer", ada));
    c.ok("/v1/payment_methods/" + second + "/attach", obj("customer", ada));
    assertThat(since.get()).containsExactly("customer.updated", "customer.state_changed");
    assertThat(c.ok("/v1/customers/" + ada)).containsEntry("default_payment_method", first);
    c.ok("/v1/payment_methods/" + second + "/attach", obj("customer", ada, "set_as_default", true));
    assertThat(c.ok("/v1/customers/" + ada)).containsEntry("default_payment_method", second);

    String bob = c.customer("bob@example.com");
    byte[] before = c.state();
    assertThat(c.post("/v1/payment_methods/" + first + "/attach", obj("customer", bob)).errorCode())
        .isEqualTo("invalid_state_transition");
    assertThat(c.state()).isEqualTo(before);

    var detach = c.eventsFromNow();
    assertThat(c.ok("/v1/payment_methods/" + second + "/detach", obj()))
        .containsEntry("customer", null);
    assertThat(detach.get()).containsExactly("customer.updated", "customer.state_changed");
    assertThat(c.ok("/v1/customers/" + ada)).containsEntry("default_payment_method", null);
    before = c.state();
    assertThat(c.post("/v1/payment_methods/" + second + "/detach", obj()).errorCode())
        .isEqualTo("invalid_state_transition");
    assertThat(
            c.post("/v1/payment_methods/" + second + "/attach", obj("customer", ada)).errorCode())
        .isEqualTo("invalid_state_transition");
    assertThat(
            c.post(
                    "/v1/payment_intents",
                    obj("amount", 500, "currency", "usd", "payment_method", second))
                .error())
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "payment_method");
    assertThat(c.state()).isEqualTo(before);
    String loose = c.paymentMethod("pm_card_visa");
    assertThat(c.post("/v1/payment_methods/" + loose + "/detach", obj()).errorCode())
        .isEqualTo("invalid_state_transition");
  }

  private static Map<String, Object> card(PurchaseServer.Client c, String number) {
    return c.ok(
        "/v1/payment_methods",
        obj("type", "card", "card", obj("number", number, "exp_month", 1, "exp_year", 2040)));
  }
}
