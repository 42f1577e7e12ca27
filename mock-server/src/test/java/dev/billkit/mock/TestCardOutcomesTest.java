package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.data;
import static dev.billkit.mock.PurchaseServer.map;
import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every test card's outcome when charged, and 3D Secure through the test helper. */
class TestCardOutcomesTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "pm_card_visa, succeeded, , ",
    "pm_card_mastercard, succeeded, , ",
    "pm_card_visa_chargeDeclined, 402, card_declined, generic_decline",
    "pm_card_visa_chargeDeclinedInsufficientFunds, 402, card_declined, insufficient_funds",
    "pm_card_visa_chargeDeclinedLostCard, 402, card_declined, lost_card",
    "pm_card_visa_chargeDeclinedStolenCard, 402, card_declined, stolen_card",
    "pm_card_chargeDeclinedExpiredCard, 402, expired_card, ",
    "pm_card_chargeDeclinedIncorrectCvc, 402, incorrect_cvc, ",
    "pm_card_chargeDeclinedProcessingError, 402, processing_error, ",
    "pm_card_chargeCustomerFail, 402, card_declined, generic_decline",
    "pm_card_authenticationRequired, requires_action, , ",
    "pm_card_authenticationRequiredOnSetup, requires_action, , ",
    "pm_card_pendingRefund, succeeded, , ",
    "pm_card_refundFail, succeeded, , ",
  })
  void everyTestCardHasItsOutcomeWhenCharged(
      String token, String outcome, String code, String declineCode) {
    PurchaseServer.Client c = server.newClient();
    var since = c.eventsFromNow();
    MockHttp.Reply reply =
        c.post(
            "/v1/payment_intents",
            obj("amount", 2000, "currency", "usd", "payment_method", token, "confirm", true));
    Map<String, Object> pi = data(c.ok("/v1/payment_intents")).get(0);
    if (outcome.equals("402")) {
      assertThat(reply.status()).isEqualTo(402);
      assertThat(reply.error())
          .containsEntry("type", "card_error")
          .containsEntry("code", code)
          .containsEntry("decline_code", declineCode)
          .containsEntry("param", "payment_method");
      assertThat(pi)
          .containsEntry("status", "requires_payment_method")
          .containsEntry("payment_method", null)
          .containsEntry("amount_received", 0L);
      assertThat(map(pi.get("last_payment_error")))
          .containsEntry("code", code)
          .containsEntry("decline_code", declineCode);
      assertThat(since.get()).containsExactly("payment_intent.payment_failed");
    } else if (outcome.equals("succeeded")) {
      assertThat(reply.json())
          .containsEntry("status", "succeeded")
          .containsEntry("amount_received", 2000L)
          .containsEntry("last_payment_error", null);
      assertThat(since.get()).containsExactly("payment_intent.succeeded");
    } else {
      assertThat(reply.json()).containsEntry("status", "requires_action");
      assertThat(map(reply.json().get("next_action")))
          .containsEntry("type", "use_test_authentication");
      assertThat(since.get()).containsExactly("payment_intent.requires_action");
    }
  }

  @Test
  void threeDSecureSucceedsOrFailsThroughTheTestHelper() {
    PurchaseServer.Client c = server.newClient();
    String id = confirmed(c, "pm_card_authenticationRequired");
    var since = c.eventsFromNow();
    Map<String, Object> failed =
        c.ok("/v1/test_helpers/payment_intents/" + id + "/authenticate", obj("outcome", "fail"));
    assertThat(failed).containsEntry("status", "requires_payment_method");
    assertThat(map(failed.get("last_payment_error")))
        .containsEntry("type", "invalid_request_error")
        .containsEntry("code", "payment_intent_authentication_failure");
    assertThat(since.get()).containsExactly("payment_intent.payment_failed");
    String pm = c.paymentMethod("pm_card_authenticationRequired");
    assertThat(c.ok("/v1/payment_intents/" + id + "/confirm", obj("payment_method", pm)))
        .containsEntry("status", "requires_action");
    assertThat(c.ok("/v1/test_helpers/payment_intents/" + id + "/authenticate", obj()))
        .containsEntry("status", "succeeded")
        .containsEntry("next_action", null)
        .containsEntry("amount_received", 2000L);
    // "Always" cards ask again on the next charge.
    assertThat(
            c.ok(
                "/v1/payment_intents",
                obj("amount", 2000, "currency", "usd", "payment_method", pm, "confirm", true)))
        .containsEntry("status", "requires_action");
  }

  @Test
  void theSetupCardAsksForThreeDSecureOnlyUntilItWasAuthenticatedOnce() {
    PurchaseServer.Client c = server.newClient();
    String pm = c.paymentMethod("pm_card_authenticationRequiredOnSetup");
    String first = charge(c, pm, "manual");
    assertThat(c.ok("/v1/payment_intents/" + first)).containsEntry("status", "requires_action");
    assertThat(c.ok("/v1/test_helpers/payment_intents/" + first + "/authenticate", obj()))
        .containsEntry("status", "requires_capture");
    String second = charge(c, pm, "automatic");
    assertThat(c.ok("/v1/payment_intents/" + second)).containsEntry("status", "succeeded");
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
