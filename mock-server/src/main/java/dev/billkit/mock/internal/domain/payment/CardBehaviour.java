package dev.billkit.mock.internal.domain.payment;

import dev.billkit.mock.internal.op.ApiError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a test card does when it is attached, charged and refunded (the table under billing.yaml's
 * {@code PaymentMethods} tag). Every card number the mock does not list behaves as {@link
 * #SUCCEED}.
 */
public enum CardBehaviour {
  SUCCEED(null, null, null, true),
  DECLINE_GENERIC("card_declined", "generic_decline", "Your card was declined.", false),
  DECLINE_INSUFFICIENT_FUNDS(
      "card_declined", "insufficient_funds", "Your card has insufficient funds.", false),
  DECLINE_LOST_CARD("card_declined", "lost_card", "Your card was declined.", false),
  DECLINE_STOLEN_CARD("card_declined", "stolen_card", "Your card was declined.", false),
  EXPIRED_CARD("expired_card", null, "Your card has expired.", false),
  INCORRECT_CVC("incorrect_cvc", null, "Your card's security code is incorrect.", false),
  PROCESSING_ERROR(
      "processing_error",
      null,
      "An error occurred while processing your card. Try again in a little bit.",
      false),
  /** Attaches, then every charge is declined (renewal failures, dunning). */
  CUSTOMER_FAIL("card_declined", "generic_decline", "Your card was declined.", true),
  /** Every charge needs 3D Secure. */
  AUTHENTICATE_ALWAYS(null, null, null, true),
  /** The first charge needs 3D Secure; once authenticated, later charges do not. */
  AUTHENTICATE_FIRST(null, null, null, true),
  /** Charges succeed; refunds stay pending for a day, then succeed. */
  REFUND_PENDING(null, null, null, true),
  /** Charges succeed; refunds fail. */
  REFUND_FAIL(null, null, null, true);

  private final String code;
  private final String declineCode;
  private final String message;
  private final boolean attachable;

  CardBehaviour(String code, String declineCode, String message, boolean attachable) {
    this.code = code;
    this.declineCode = declineCode;
    this.message = message;
    this.attachable = attachable;
  }

  /** Whether every charge of this card is declined. */
  public boolean declines() {
    return code != null;
  }

  /** Whether it can be attached to a customer (the decline-table cards cannot). */
  public boolean attachable() {
    return attachable;
  }

  /** Whether a charge needs 3D Secure, given whether the card was authenticated before. */
  public boolean needsAuthentication(boolean authenticatedBefore) {
    return this == AUTHENTICATE_ALWAYS || (this == AUTHENTICATE_FIRST && !authenticatedBefore);
  }

  /** The 402 of a declined charge or attach; only for cards that {@link #declines()}. */
  public ApiError error(String param) {
    return ApiError.card(code, declineCode, message, param);
  }

  /** The {@code PaymentError} of a declined charge with {@code paymentMethod}. */
  public Map<String, Object> paymentError(String paymentMethod) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "card_error");
    error.put("code", code);
    error.put("decline_code", declineCode);
    error.put("message", message);
    error.put("payment_method", paymentMethod);
    return error;
  }
}
