package dev.billkit.webhooks;

import dev.billkit.errors.BillkitException;
import java.util.Objects;

/**
 * A webhook delivery, or the verifier's configuration, was rejected. Part of the SDK's one
 * unchecked exception tree: catch {@link BillkitException} to handle every Billkit failure, or
 * this class for webhooks alone; {@link #idempotencyKey()} is always empty here.
 *
 * <p>The message names the reason and the header at fault ({@code Webhook rejected
 * (NO_MATCHING_SIGNATURE): ...}), or for {@link Reason#BAD_SECRET} the secret by its position, and
 * nothing else: never a secret or part of one, an expected or received signature, the body, or any
 * header value the sender chose, and there is no cause. Nothing in it helps forge a delivery or
 * puts sender text into logs, so log it freely; answer the sender with a generic error.
 */
public class WebhookVerificationException extends BillkitException {

  private static final long serialVersionUID = 1L;

  /** Why verification failed. This set is closed: new reasons mean a new major version. */
  public enum Reason {
    /** A required {@code webhook-*} header is absent or empty. */
    MISSING_HEADER,
    /** A header is present but unusable: duplicated, non-numeric timestamp, no parsable entry. */
    MALFORMED_HEADER,
    /** The timestamp is older than the tolerance allows (a replay, or a very slow delivery). */
    TIMESTAMP_TOO_OLD,
    /** The timestamp is further in the future than the tolerance allows (clock skew or forgery). */
    TIMESTAMP_IN_FUTURE,
    /** No {@code v1} signature in the header matches any configured secret. */
    NO_MATCHING_SIGNATURE,
    /** A configured secret is not {@code whsec_} followed by base64 of 24 to 64 bytes. */
    BAD_SECRET
  }

  private final Reason reason;

  /**
   * Creates an exception; public so that tests can simulate failures.
   *
   * @param reason why verification failed, never {@code null}
   * @param message what was wrong, never {@code null}; must not quote secrets, signatures or
   *     values from the delivery
   */
  public WebhookVerificationException(Reason reason, String message) {
    super(Objects.requireNonNull(message, "message"), null, null);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Why verification failed. */
  public Reason reason() {
    return reason;
  }
}
