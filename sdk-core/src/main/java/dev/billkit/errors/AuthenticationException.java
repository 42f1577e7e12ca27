package dev.billkit.errors;

/** 401 {@code authentication_error}: the API key is missing or invalid. */
public class AuthenticationException extends BillkitApiException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(ApiErrorDetails details) {
    super(details);
  }
}
