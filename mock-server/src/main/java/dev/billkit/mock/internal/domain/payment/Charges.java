package dev.billkit.mock.internal.domain.payment;

import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import java.util.Map;

/**
 * THE CHARGING COMPONENT: what happens when a payment method is charged an amount. Every payment of
 * the mock goes through here (payment intent confirmations, checkout, invoice payments, and the
 * subscriptions work's renewals), so each test card behaves the same everywhere: success, each
 * decline with its code and decline code, 3D Secure always or on the first charge only, the
 * customer-fail card (attaches, every charge declined). Refund behaviours are read by the refunds
 * domain through {@link PaymentMethods#behaviour}. Stateless; call inside a unit of work.
 *
 * <pre>{@code
 * ChargeOutcome outcome =
 *     Charges.charge(work, customerId, paymentMethodId, 2000, "usd", invoiceId);
 * if (outcome.status() == ChargeOutcome.Status.DECLINED) {
 *   throw outcome.decline().committed(); // keep the recorded failure, answer 402
 * }
 * }</pre>
 */
public final class Charges {
  private Charges() {}

  /** What a charge of the payment method would do now, without doing it. */
  public enum Preview {
    SUCCEED,
    AUTHENTICATE,
    DECLINE
  }

  /** Predicts {@link #confirm}'s outcome for {@code paymentMethodId} (nothing is written). */
  public static Preview preview(Work work, String paymentMethodId) {
    CardBehaviour behaviour = PaymentMethods.behaviour(work, paymentMethodId);
    if (behaviour.declines()) {
      return Preview.DECLINE;
    }
    if (behaviour.needsAuthentication(PaymentMethods.authenticated(work, paymentMethodId))) {
      return Preview.AUTHENTICATE;
    }
    return Preview.SUCCEED;
  }

  /**
   * Creates a payment intent (automatic capture) for the amount and confirms it with the payment
   * method; see {@link #confirm}.
   *
   * @param customerId who pays, or null
   * @param invoiceIdOrNull the invoice the payment pays, or null
   */
  public static ChargeOutcome charge(
      Work work,
      String customerId,
      String paymentMethodId,
      long amount,
      String currency,
      String invoiceIdOrNull) {
    StoredObject pi =
        PaymentIntents.create(
            work,
            new PaymentIntents.NewIntent(
                amount, currency, customerId, null, "automatic", null, null, invoiceIdOrNull));
    return confirm(work, pi.id(), paymentMethodId);
  }

  /**
   * Confirms an existing payment intent with the payment method: the card's behaviour moves it to
   * {@code succeeded} (or {@code requires_capture}), {@code requires_action}, or back to {@code
   * requires_payment_method} with {@code last_payment_error} (canceled at the tenth failure), each
   * with its event. The caller has checked that the intent may be confirmed.
   *
   * @throws dev.billkit.mock.internal.op.ApiError 400 when the payment method was detached or
   *     belongs to another customer (nothing is recorded then)
   */
  public static ChargeOutcome confirm(Work work, String paymentIntentId, String paymentMethodId) {
    StoredObject pi = work.edit(PaymentIntents.TABLE, paymentIntentId, "payment_intent");
    PaymentMethods.requireUsable(work, paymentMethodId, pi.string("customer"), "payment_method");
    pi.set("payment_method", paymentMethodId);
    switch (preview(work, paymentMethodId)) {
      case SUCCEED:
        byte[] json = PaymentIntents.succeed(work, pi);
        boolean captured = "succeeded".equals(pi.string("status"));
        return new ChargeOutcome(
            captured ? ChargeOutcome.Status.SUCCEEDED : ChargeOutcome.Status.AUTHORIZED,
            json,
            null);
      case AUTHENTICATE:
        return new ChargeOutcome(
            ChargeOutcome.Status.REQUIRES_ACTION, PaymentIntents.requireAction(work, pi), null);
      default:
        CardBehaviour behaviour = PaymentMethods.behaviour(work, paymentMethodId);
        Map<String, Object> error = behaviour.paymentError(paymentMethodId);
        return new ChargeOutcome(
            ChargeOutcome.Status.DECLINED,
            PaymentIntents.fail(work, pi, error),
            behaviour.error("payment_method"));
    }
  }

  /**
   * Cancels a payment intent that a payer gave up on ({@code payment_intent.canceled}), if it is
   * not finished yet; returns whether it was canceled.
   *
   * @param reason a {@code cancellation_reason}, e.g. {@code abandoned} or {@code void_invoice}
   */
  public static boolean abandon(Work work, String paymentIntentId, String reason) {
    StoredObject pi = work.edit(PaymentIntents.TABLE, paymentIntentId, "payment_intent");
    String status = pi.string("status");
    if (status.equals("succeeded") || status.equals("canceled")) {
      return false;
    }
    PaymentIntents.cancel(work, pi, reason);
    return true;
  }

  /**
   * Sets who a payment intent is for, once known (a checkout's buyer is created after the payment
   * is authorized): its {@code customer} if it has none, and its {@code invoice}. No event.
   */
  public static void link(Work work, String paymentIntentId, String customerId, String invoiceId) {
    StoredObject pi = work.edit(PaymentIntents.TABLE, paymentIntentId, "payment_intent");
    if (pi.string("customer") == null) {
      pi.set("customer", customerId);
    }
    pi.set("invoice", invoiceId).save();
  }
}
