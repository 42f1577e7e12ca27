package dev.billkit.errors;

/**
 * 404 {@code resource_missing}: no object has the given id; {@link #param()} names the id field.
 */
public class NotFoundException extends BillkitApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(ApiErrorDetails details) {
    super(details);
  }
}
