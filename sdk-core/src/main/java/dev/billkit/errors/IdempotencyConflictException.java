package dev.billkit.errors;

/**
 * 409 {@code idempotency_key_in_use}: a request with the same key is still running on the server.
 * The client retries this automatically; seeing it means the retries ran out. Retrying later with
 * {@link #key()} is safe and returns the first request's outcome.
 */
public class IdempotencyConflictException extends IdempotencyException {
  private static final long serialVersionUID = 1L;

  public IdempotencyConflictException(ApiErrorDetails details) {
    super(details);
  }
}
