package dev.billkit.errors;

/**
 * 400 {@code invalid_request_error}: a parameter is missing, invalid or unknown, or the call is
 * not allowed in the object's current state. Nothing was changed; fix the request before
 * retrying.
 */
public class InvalidRequestException extends BillkitApiException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(ApiErrorDetails details) {
    super(details);
  }
}
