package dev.billkit.errors;

/**
 * 400 {@code idempotency_key_reused}: {@link #key()} was already used for a request with a
 * different method, path or body. Nothing was executed for this call. The first request's outcome
 * is still stored under the key: replay the original request to read it, and derive keys from
 * something unique per operation (such as {@code "refund:" + orderId}).
 */
public class IdempotencyKeyReusedException extends IdempotencyException {
  private static final long serialVersionUID = 1L;

  public IdempotencyKeyReusedException(ApiErrorDetails details) {
    super(details);
  }
}
