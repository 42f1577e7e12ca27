package dev.billkit.mock.internal.domain.payment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test cards of billing.yaml's {@code PaymentMethods} tag: numbers, {@code pm_card_*} tokens,
 * brands and behaviours, plus the Luhn check and brand detection for any other number. Stateless.
 */
public final class TestCards {
  /** One listed test card; {@code token} is null for a number without one. */
  public record Card(String number, String token, String brand, CardBehaviour behaviour) {}

  private static final Map<String, Card> BY_NUMBER = new LinkedHashMap<>();
  private static final Map<String, Card> BY_TOKEN = new LinkedHashMap<>();

  static {
    add("4242424242424242", "pm_card_visa", "visa", CardBehaviour.SUCCEED);
    add("5555555555554444", "pm_card_mastercard", "mastercard", CardBehaviour.SUCCEED);
    add("4000000000000002", "pm_card_visa_chargeDeclined", "visa", CardBehaviour.DECLINE_GENERIC);
    add(
        "4000000000009995",
        "pm_card_visa_chargeDeclinedInsufficientFunds",
        "visa",
        CardBehaviour.DECLINE_INSUFFICIENT_FUNDS);
    add(
        "4000000000009987",
        "pm_card_visa_chargeDeclinedLostCard",
        "visa",
        CardBehaviour.DECLINE_LOST_CARD);
    add(
        "4000000000009979",
        "pm_card_visa_chargeDeclinedStolenCard",
        "visa",
        CardBehaviour.DECLINE_STOLEN_CARD);
    add(
        "4000000000000069",
        "pm_card_chargeDeclinedExpiredCard",
        "visa",
        CardBehaviour.EXPIRED_CARD);
    add(
        "4000000000000127",
        "pm_card_chargeDeclinedIncorrectCvc",
        "visa",
        CardBehaviour.INCORRECT_CVC);
    add(
        "4000000000000119",
        "pm_card_chargeDeclinedProcessingError",
        "visa",
        CardBehaviour.PROCESSING_ERROR);
    add("4000000000000341", "pm_card_chargeCustomerFail", "visa", CardBehaviour.CUSTOMER_FAIL);
    add(
        "4000002760003184",
        "pm_card_authenticationRequired",
        "visa",
        CardBehaviour.AUTHENTICATE_ALWAYS);
    add(
        "4000002500003155",
        "pm_card_authenticationRequiredOnSetup",
        "visa",
        CardBehaviour.AUTHENTICATE_FIRST);
    add("4000000000007726", "pm_card_pendingRefund", "visa", CardBehaviour.REFUND_PENDING);
    add("4000000000005126", "pm_card_refundFail", "visa", CardBehaviour.REFUND_FAIL);
  }

  private TestCards() {}

  private static void add(String number, String token, String brand, CardBehaviour behaviour) {
    Card card = new Card(number, token, brand, behaviour);
    BY_NUMBER.put(number, card);
    BY_TOKEN.put(token, card);
  }

  /** Every listed card, in the tag's order. */
  public static List<Card> all() {
    return Collections.unmodifiableList(new ArrayList<>(BY_NUMBER.values()));
  }

  /** The card of a {@code pm_card_*} token, or null. */
  public static Card byToken(String token) {
    return BY_TOKEN.get(token);
  }

  /** Every known token, for error messages. */
  public static List<String> tokens() {
    return List.copyOf(BY_TOKEN.keySet());
  }

  /** The behaviour of a number: the listed one, else {@link CardBehaviour#SUCCEED}. */
  public static CardBehaviour behaviourOf(String number) {
    Card card = BY_NUMBER.get(number);
    return card == null ? CardBehaviour.SUCCEED : card.behaviour();
  }

  /** The network of a number by its leading digits (IIN ranges), or {@code unknown}. */
  public static String brandOf(String number) {
    int two = Integer.parseInt(number.substring(0, 2));
    int four = Integer.parseInt(number.substring(0, 4));
    int three = Integer.parseInt(number.substring(0, 3));
    if (number.startsWith("4")) {
      return "visa";
    }
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
      return "mastercard";
    }
    if (two == 34 || two == 37) {
      return "amex";
    }
    if (four == 6011 || two == 65 || (three >= 644 && three <= 649)) {
      return "discover";
    }
    return "unknown";
  }

  /** Whether a digits-only number passes the Luhn check. */
  public static boolean luhn(String number) {
    int sum = 0;
    boolean twice = false;
    for (int i = number.length() - 1; i >= 0; i--) {
      int digit = number.charAt(i) - '0';
      if (twice) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
