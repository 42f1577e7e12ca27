package dev.billkit.mock.internal.domain.payment;

import dev.billkit.mock.internal.op.Work;
import java.util.Map;

/**
 * Something that waits on a payment intent it did not drive to the end itself: an invoice paid
 * through its intent, a checkout session confirmed with a 3D Secure card, and (the seam for the
 * subscriptions work) a subscription's first or renewal invoice. {@link PaymentIntentDomain} tells
 * every follower after an intent changes through the payment intent operations (confirm, capture,
 * cancel, the 3D Secure test helper) or the authorization expiry, inside the same unit of work and
 * after the intent's own events. A follower checks whether the intent concerns it (its {@code
 * invoice}, or a session waiting on its id) and ignores it otherwise.
 */
@FunctionalInterface
public interface PaymentFollower {
  /** What happened to the intent. */
  enum Change {
    /** It collected the money ({@code succeeded}). */
    SUCCEEDED,
    /** A confirmation was declined ({@code requires_payment_method} or {@code canceled}). */
    DECLINED,
    /** 3D Secure is needed ({@code requires_action}). */
    REQUIRES_ACTION,
    /** 3D Secure failed ({@code requires_payment_method} with the authentication error). */
    AUTHENTICATION_FAILED,
    /** It was canceled by the cancel call or the authorization expiry. */
    CANCELED,
    /** Authorized for manual capture. */
    AUTHORIZED
  }

  /**
   * @param paymentIntent the intent after the change, as stored
   */
  void changed(Work work, Map<String, Object> paymentIntent, Change change);
}
