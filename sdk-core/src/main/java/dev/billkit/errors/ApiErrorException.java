package dev.billkit.errors;

/**
 * 5xx {@code api_error}: the server failed. The client already retried when the server allowed
 * it; the request may or may not have been applied, so retry with the same idempotency key.
 */
public class ApiErrorException extends BillkitApiException {
  private static final long serialVersionUID = 1L;

  public ApiErrorException(ApiErrorDetails details) {
    super(details);
  }
}
