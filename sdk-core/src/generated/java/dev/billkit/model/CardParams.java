// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Either {@code token} (a {@code pm_card_*} test token such as {@code pm_card_visa}) or {@code
 * number} with {@code exp_month} and {@code exp_year} (400 {@code parameters_exclusive} for
 * both). A number that fails the Luhn check gives 402 {@code incorrect_number}; an expiry in
 * the past gives 402 {@code expired_card}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class CardParams {
  @Json(name = "token")
  private final String token;

  @Json(name = "number")
  private final String number;

  @Json(name = "exp_month")
  private final Integer expMonth;

  @Json(name = "exp_year")
  private final Integer expYear;

  @Json(name = "cvc")
  private final String cvc;

  private CardParams(Builder b) {
    this.token = b.token;
    this.number = b.number;
    this.expMonth = b.expMonth;
    this.expYear = b.expYear;
    this.cvc = b.cvc;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.token = token;
    b.number = number;
    b.expMonth = expMonth;
    b.expYear = expYear;
    b.cvc = cvc;
    return b;
  }

  /**
   * A test token, for example {@code pm_card_visa} or {@code pm_card_chargeCustomerFail}.
   */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  /**
   * The card number, digits only.
   */
  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  /**
   * Expiry month.
   */
  public Optional<Integer> expMonth() {
    return Optional.ofNullable(expMonth);
  }

  /**
   * Four-digit expiry year.
   */
  public Optional<Integer> expYear() {
    return Optional.ofNullable(expYear);
  }

  /**
   * The card's security code. Any value works in test mode.
   */
  public Optional<String> cvc() {
    return Optional.ofNullable(cvc);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CardParams)) {
      return false;
    }
    CardParams that = (CardParams) o;
    return Objects.equals(token, that.token)
        && Objects.equals(number, that.number)
        && Objects.equals(expMonth, that.expMonth)
        && Objects.equals(expYear, that.expYear)
        && Objects.equals(cvc, that.cvc);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        token,
        number,
        expMonth,
        expYear,
        cvc);
  }

  @Override
  public String toString() {
    return "CardParams{"
        + "token=" + token
        + ", number=" + number
        + ", expMonth=" + expMonth
        + ", expYear=" + expYear
        + ", cvc=" + cvc
        + "}";
  }

  /** Builder for {@link CardParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String token;
    private String number;
    private Integer expMonth;
    private Integer expYear;
    private String cvc;


    private Builder() {}

    /**
     * A test token, for example {@code pm_card_visa} or {@code pm_card_chargeCustomerFail}.
     */
    public Builder token(String value) {
      this.token = value;
      return this;
    }

    /**
     * The card number, digits only.
     */
    public Builder number(String value) {
      this.number = value;
      return this;
    }

    /**
     * Expiry month.
     */
    public Builder expMonth(Integer value) {
      this.expMonth = value;
      return this;
    }

    /**
     * Four-digit expiry year.
     */
    public Builder expYear(Integer value) {
      this.expYear = value;
      return this;
    }

    /**
     * The card's security code. Any value works in test mode.
     */
    public Builder cvc(String value) {
      this.cvc = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public CardParams build() {
      return new CardParams(this);
    }
  }
}
