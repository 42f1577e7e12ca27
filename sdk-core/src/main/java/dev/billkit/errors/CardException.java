package dev.billkit.errors;

import java.util.Optional;

/**
 * 402 {@code card_error}: the card was declined or is unusable. Nothing was charged. {@link
 * #declineCode()} says why, such as {@code insufficient_funds}.
 */
public class CardException extends BillkitApiException {
  private static final long serialVersionUID = 1L;

  public CardException(ApiErrorDetails details) {
    super(details);
  }

  public Optional<String> declineCode() {
    return details().declineCode();
  }
}
