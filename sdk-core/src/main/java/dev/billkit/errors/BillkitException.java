package dev.billkit.errors;

import java.util.Optional;

/**
 * Root of every exception thrown by the Billkit SDK: failed API calls, unreadable answers and
 * rejected webhook deliveries ({@code dev.billkit.webhooks.WebhookVerificationException}).
 * Unchecked: catch it (or a subclass) where you can do something about the failure.
 *
 * <p>{@link #idempotencyKey()} is the key that was sent with the failed call (every POST has one).
 * Retrying the same operation with {@code RequestOptions.builder().idempotencyKey(key)} can never
 * apply it twice.
 */
public class BillkitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String idempotencyKey;

  /**
   * @param message human-readable description, never {@code null}
   * @param cause underlying failure, may be {@code null}
   * @param idempotencyKey key sent with the call, or {@code null} when the call had none
   */
  public BillkitException(String message, Throwable cause, String idempotencyKey) {
    super(message, cause);
    this.idempotencyKey = idempotencyKey;
  }

  /** The {@code Idempotency-Key} sent on every attempt of the failed call, if it had one. */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }
}
