package dev.billkit.errors;

/**
 * {@code idempotency_error}: the server refused the call because of its {@code Idempotency-Key}.
 * The two subclasses need different handling: {@link IdempotencyConflictException} (409, the first
 * request with this key is still running: wait and retry) and {@link
 * IdempotencyKeyReusedException} (400, the key was used for a different request: a bug, never
 * retry).
 */
public abstract class IdempotencyException extends BillkitApiException {
  private static final long serialVersionUID = 1L;

  protected IdempotencyException(ApiErrorDetails details) {
    super(details);
  }

  /**
   * The key the server refused. Falls back to an empty string only when the exception was built
   * by hand without a key.
   */
  public String key() {
    return idempotencyKey().orElse("");
  }
}
