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
 * The non-sensitive details of a card. The full number and CVC are never returned.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Card {
  @Json(name = "brand")
  private final String brand;

  @Json(name = "last4")
  private final String last4;

  @Json(name = "exp_month")
  private final Integer expMonth;

  @Json(name = "exp_year")
  private final Integer expYear;

  @Json(name = "funding")
  private final String funding;

  @Json(name = "fingerprint")
  private final String fingerprint;

  private Card(Builder b) {
    this.brand = b.brand;
    this.last4 = b.last4;
    this.expMonth = b.expMonth;
    this.expYear = b.expYear;
    this.funding = b.funding;
    this.fingerprint = b.fingerprint;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.brand = brand;
    b.last4 = last4;
    b.expMonth = expMonth;
    b.expYear = expYear;
    b.funding = funding;
    b.fingerprint = fingerprint;
    return b;
  }

  /**
   * The card network. - {@code visa}, {@code mastercard}, {@code amex}, {@code discover}: that
   * network. - {@code unknown}: a number the mock does not recognise.
   */
  public Brand brand() {
    return Brand.fromValue(brand);
  }

  /** The raw {@code brand} string, kept even when this SDK does not know the value. */
  public String brandValue() {
    return brand;
  }

  /**
   * The last four digits of the number.
   */
  public String last4() {
    return last4;
  }

  /**
   * Expiry month.
   */
  public Integer expMonth() {
    return expMonth;
  }

  /**
   * Four-digit expiry year.
   */
  public Integer expYear() {
    return expYear;
  }

  /**
   * - {@code credit}, {@code debit}, {@code prepaid}: the kind of card. - {@code unknown}: not
   * known.
   */
  public Funding funding() {
    return Funding.fromValue(funding);
  }

  /** The raw {@code funding} string, kept even when this SDK does not know the value. */
  public String fundingValue() {
    return funding;
  }

  /**
   * Stable for the same card number within an account, to spot duplicates.
   */
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Card)) {
      return false;
    }
    Card that = (Card) o;
    return Objects.equals(brand, that.brand)
        && Objects.equals(last4, that.last4)
        && Objects.equals(expMonth, that.expMonth)
        && Objects.equals(expYear, that.expYear)
        && Objects.equals(funding, that.funding)
        && Objects.equals(fingerprint, that.fingerprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        brand,
        last4,
        expMonth,
        expYear,
        funding,
        fingerprint);
  }

  @Override
  public String toString() {
    return "Card{"
        + "brand=" + brand
        + ", last4=" + last4
        + ", expMonth=" + expMonth
        + ", expYear=" + expYear
        + ", funding=" + funding
        + ", fingerprint=" + fingerprint
        + "}";
  }

  /**
   * Values of {@code brand}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Brand {
    VISA("visa"),
    MASTERCARD("mastercard"),
    AMEX("amex"),
    DISCOVER("discover"),
    UNKNOWN("unknown"),
    ;

    private final String value;

    Brand(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "visa"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Brand fromValue(String value) {
      for (Brand c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Brand v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Brand.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /**
   * Values of {@code funding}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Funding {
    CREDIT("credit"),
    DEBIT("debit"),
    PREPAID("prepaid"),
    UNKNOWN("unknown"),
    ;

    private final String value;

    Funding(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "credit"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Funding fromValue(String value) {
      for (Funding c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Funding v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Funding.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link Card}. Mutable and not thread-safe. */
  public static final class Builder {
    private String brand;
    private String last4;
    private Integer expMonth;
    private Integer expYear;
    private String funding;
    private String fingerprint;


    private Builder() {}

    /**
     * The card network. - {@code visa}, {@code mastercard}, {@code amex}, {@code discover}: that
     * network. - {@code unknown}: a number the mock does not recognise.
     */
    public Builder brand(Brand value) {
      this.brand = Brand.wire(value);
      return this;
    }

    /**
     * The last four digits of the number.
     */
    public Builder last4(String value) {
      this.last4 = value;
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
     * - {@code credit}, {@code debit}, {@code prepaid}: the kind of card. - {@code unknown}: not
     * known.
     */
    public Builder funding(Funding value) {
      this.funding = Funding.wire(value);
      return this;
    }

    /**
     * Stable for the same card number within an account, to spot duplicates.
     */
    public Builder fingerprint(String value) {
      this.fingerprint = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Card build() {
      return new Card(this);
    }
  }
}
