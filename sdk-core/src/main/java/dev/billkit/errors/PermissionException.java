package dev.billkit.errors;

/** 403 {@code permission_error}: the API key may not perform this call. */
public class PermissionException extends BillkitApiException {
  private static final long serialVersionUID = 1L;

  public PermissionException(ApiErrorDetails details) {
    super(details);
  }
}
