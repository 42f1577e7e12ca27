package dev.billkit.mock.internal.domain.payment;

import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes card payment methods from {@code CardParams}: the checks of a number (Luhn, expiry), the
 * brand, last four digits and fingerprint, and the hidden record of the card's test behaviour.
 * Stateless.
 */
final class NewCards {
  private static final char[] BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

  private NewCards() {}

  /**
   * Creates a card from {@code CardParams}: a token, or a number with its expiry.
   *
   * @throws ApiError 400 for a bad combination, 402 {@code incorrect_number} (Luhn) or {@code
   *     expired_card} (past expiry)
   */
  static Map<String, Object> create(Work work, Map<String, Object> card, Object metadata) {
    String token = Fields.string(card, "token");
    String number = Fields.string(card, "number");
    if (token != null && number != null) {
      throw Errors.exclusive("card.token", "card.number");
    }
    if (token != null) {
      for (String field : List.of("exp_month", "exp_year", "cvc")) {
        if (card.containsKey(field)) {
          throw Errors.invalid("card." + field, "only with card.number, not with card.token");
        }
      }
      TestCards.Card test = TestCards.byToken(token);
      if (test == null) {
        throw Errors.invalid(
            "card.token",
            "unknown test token '"
                + token
                + "' (known: "
                + String.join(", ", TestCards.tokens())
                + ")");
      }
      int year = ZonedDateTime.ofInstant(work.now(), ZoneOffset.UTC).getYear() + 3;
      return save(work, test.number(), test.brand(), 12, year, test.behaviour(), metadata);
    }
    if (number == null) {
      throw Errors.missing("card", "give card.token (e.g. pm_card_visa) or card.number");
    }
    for (String field : List.of("exp_month", "exp_year")) {
      if (!card.containsKey(field)) {
        throw Errors.missing("card." + field, "required with card.number");
      }
    }
    if (!TestCards.luhn(number)) {
      throw ApiError.card(
          "incorrect_number", null, "Your card number is incorrect.", "card.number");
    }
    int month = (int) Fields.amount(card, "exp_month");
    int year = (int) Fields.amount(card, "exp_year");
    ZonedDateTime now = ZonedDateTime.ofInstant(work.now(), ZoneOffset.UTC);
    if (year < now.getYear() || (year == now.getYear() && month < now.getMonthValue())) {
      throw ApiError.card(
          "expired_card",
          null,
          "Your card has expired (" + month + "/" + year + ").",
          year < now.getYear() ? "card.exp_year" : "card.exp_month");
    }
    return save(
        work,
        number,
        TestCards.brandOf(number),
        month,
        year,
        TestCards.behaviourOf(number),
        metadata);
  }

  private static Map<String, Object> save(
      Work work,
      String number,
      String brand,
      int month,
      int year,
      CardBehaviour behaviour,
      Object metadata) {
    Map<String, Object> pm = work.newObject(IdPrefix.PAYMENT_METHOD, "payment_method");
    pm.put("metadata", Metadata.of(metadata));
    pm.put("type", "card");
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("brand", brand);
    card.put("last4", number.substring(number.length() - 4));
    card.put("exp_month", (long) month);
    card.put("exp_year", (long) year);
    card.put("funding", "credit");
    card.put("fingerprint", fingerprint(work.tenant().apiKey(), number));
    pm.put("card", card);
    pm.put("customer", null);
    work.save(PaymentMethods.TABLE, pm);
    Map<String, Object> hidden = new LinkedHashMap<>();
    hidden.put("behaviour", behaviour.name());
    hidden.put("detached", false);
    hidden.put("authenticated", false);
    PaymentMethods.CARDS.put(work, (String) pm.get("id"), hidden);
    return pm;
  }

  /** Stable per account and card number, so the same card can be spotted; not reversible. */
  private static String fingerprint(String apiKey, String number) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((apiKey + ":" + number).getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(16);
      for (int i = 0; i < 16; i++) {
        sb.append(BASE62[(hash[i] & 0xff) % 62]);
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
