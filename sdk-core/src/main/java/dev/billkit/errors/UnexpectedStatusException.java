package dev.billkit.errors;

/** An error status this client does not know (for example 422 or 418). */
public class UnexpectedStatusException extends BillkitApiException {
  private static final long serialVersionUID = 1L;

  public UnexpectedStatusException(ApiErrorDetails details) {
    super(details);
  }
}
