package dev.billkit.mock.internal.domain.checkout;

import dev.billkit.mock.internal.domain.catalog.Catalog;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.op.Call;
import java.util.Map;

/**
 * THE SEAM FOR SUBSCRIPTIONS in checkout: confirming a session whose price is recurring. The
 * subscriptions work implements it (start the subscription with its trial or first invoice, charge
 * through {@code Charges}/{@code InvoicePayments}, then {@link CheckoutFulfilment#buyer} and {@link
 * CheckoutFulfilment#complete}) and passes it to {@link CheckoutDomain}; until then it is {@link
 * #NOT_IMPLEMENTED}, a schema-valid 501 that changes nothing.
 */
@FunctionalInterface
public interface RecurringCheckout {
  /** Answers 501 {@code not_implemented} naming the billing engine's subscriptions work. */
  RecurringCheckout NOT_IMPLEMENTED =
      (call, confirmation) -> {
        throw Errors.notImplemented(
            "Confirming checkout session "
                + confirmation.session().get("id")
                + " for the recurring price "
                + confirmation.purchasable().priceId()
                + " (which starts a subscription)",
            "billing engine: subscriptions (mock-server part 2)");
      };

  /**
   * Confirms the session and answers the call (the session as it is afterwards), or throws an
   * {@code ApiError} (a decline's 402 {@code .committed()}).
   */
  byte[] confirm(Call call, Confirmation confirmation);

  /**
   * A validated confirmation of an open session.
   *
   * @param session the session as stored (status still {@code open})
   * @param purchasable its price and product, checked to be buyable
   * @param paymentMethod the payment method id (a {@code pm_card_*} token already materialised)
   * @param body the confirm request's body ({@code customer_email}, {@code customer_name}, {@code
   *     billing_address})
   */
  record Confirmation(
      Map<String, Object> session,
      Catalog.Purchasable purchasable,
      String paymentMethod,
      Map<String, Object> body) {}
}
