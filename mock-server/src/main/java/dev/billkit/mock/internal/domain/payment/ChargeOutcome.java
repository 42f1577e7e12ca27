package dev.billkit.mock.internal.domain.payment;

import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.ApiError;
import java.util.Map;

/**
 * What charging a payment method did (see {@link Charges}). Immutable.
 *
 * @param status the result
 * @param paymentIntentJson the payment intent after the attempt, as stored
 * @param decline for {@link Status#DECLINED}, the 402 to answer (throw it {@code .committed()} so
 *     that the recorded failure stays); null otherwise
 */
public record ChargeOutcome(Status status, byte[] paymentIntentJson, ApiError decline) {
  /** The result of one charge attempt. */
  public enum Status {
    /** The money was collected (the intent is {@code succeeded}). */
    SUCCEEDED,
    /** Authorized for manual capture ({@code requires_capture}). */
    AUTHORIZED,
    /** 3D Secure is needed first ({@code requires_action}); authenticate the intent. */
    REQUIRES_ACTION,
    /** Declined ({@code requires_payment_method}, or {@code canceled} after ten failures). */
    DECLINED
  }

  /** The payment intent as a tree. */
  public Map<String, Object> paymentIntent() {
    return Fields.read(paymentIntentJson);
  }

  /** The payment intent's id. */
  public String paymentIntentId() {
    return (String) paymentIntent().get("id");
  }
}
