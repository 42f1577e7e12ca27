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
 * One line of an invoice.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class InvoiceLine {
  @Json(name = "type")
  private final String type;

  @Json(name = "description")
  private final String description;

  @Json(name = "price")
  private final String price;

  @Json(name = "quantity")
  private final Long quantity;

  @Json(name = "unit_amount_decimal")
  private final String unitAmountDecimal;

  @Json(name = "amount")
  private final Long amount;

  @Json(name = "currency")
  private final String currency;

  @Json(name = "period")
  private final Period period;

  private InvoiceLine(Builder b) {
    this.type = b.type;
    this.description = b.description;
    this.price = b.price;
    this.quantity = b.quantity;
    this.unitAmountDecimal = b.unitAmountDecimal;
    this.amount = b.amount;
    this.currency = b.currency;
    this.period = b.period;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.description = description;
    b.price = price;
    b.quantity = quantity;
    b.unitAmountDecimal = unitAmountDecimal;
    b.amount = amount;
    b.currency = currency;
    b.period = period;
    return b;
  }

  /**
   * - {@code price}: a fixed or custom price times quantity. - {@code metered}: a metered
   * price's usage for the period. - {@code custom}: a free-form amount added to a draft.
   */
  public Type type() {
    return Type.fromValue(type);
  }

  /** The raw {@code type} string, kept even when this SDK does not know the value. */
  public String typeValue() {
    return type;
  }

  /**
   * What the line is for.
   */
  public String description() {
    return description;
  }

  /**
   * The price (prefixed {@code price_}), for {@code price} and {@code metered} lines.
   */
  public Optional<String> price() {
    return Optional.ofNullable(price);
  }

  /**
   * The quantity (for {@code metered}, the usage units of the period).
   */
  public Long quantity() {
    return quantity;
  }

  /**
   * The price of one unit in minor units.
   */
  public String unitAmountDecimal() {
    return unitAmountDecimal;
  }

  /**
   * The line total in minor units, rounded half-up and capped for metered prices.
   */
  public Long amount() {
    return amount;
  }

  /**
   * The {@code currency} field.
   */
  public String currency() {
    return currency;
  }

  /**
   * The service period, for subscription lines.
   */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InvoiceLine)) {
      return false;
    }
    InvoiceLine that = (InvoiceLine) o;
    return Objects.equals(type, that.type)
        && Objects.equals(description, that.description)
        && Objects.equals(price, that.price)
        && Objects.equals(quantity, that.quantity)
        && Objects.equals(unitAmountDecimal, that.unitAmountDecimal)
        && Objects.equals(amount, that.amount)
        && Objects.equals(currency, that.currency)
        && Objects.equals(period, that.period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        type,
        description,
        price,
        quantity,
        unitAmountDecimal,
        amount,
        currency,
        period);
  }

  @Override
  public String toString() {
    return "InvoiceLine{"
        + "type=" + type
        + ", description=" + description
        + ", price=" + price
        + ", quantity=" + quantity
        + ", unitAmountDecimal=" + unitAmountDecimal
        + ", amount=" + amount
        + ", currency=" + currency
        + ", period=" + period
        + "}";
  }

  /**
   * Values of {@code type}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Type {
    PRICE("price"),
    METERED("metered"),
    CUSTOM("custom"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Type(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "price"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Type fromValue(String value) {
      for (Type c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Type v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Type.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link InvoiceLine}. Mutable and not thread-safe. */
  public static final class Builder {
    private String type;
    private String description;
    private String price;
    private Long quantity;
    private String unitAmountDecimal;
    private Long amount;
    private String currency;
    private Period period;


    private Builder() {}

    /**
     * - {@code price}: a fixed or custom price times quantity. - {@code metered}: a metered
     * price's usage for the period. - {@code custom}: a free-form amount added to a draft.
     */
    public Builder type(Type value) {
      this.type = Type.wire(value);
      return this;
    }

    /**
     * What the line is for.
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * The price (prefixed {@code price_}), for {@code price} and {@code metered} lines.
     */
    public Builder price(String value) {
      this.price = value;
      return this;
    }

    /**
     * The quantity (for {@code metered}, the usage units of the period).
     */
    public Builder quantity(Long value) {
      this.quantity = value;
      return this;
    }

    /**
     * The price of one unit in minor units.
     */
    public Builder unitAmountDecimal(String value) {
      this.unitAmountDecimal = value;
      return this;
    }

    /**
     * The line total in minor units, rounded half-up and capped for metered prices.
     */
    public Builder amount(Long value) {
      this.amount = value;
      return this;
    }

    /**
     * Sets {@code currency}.
     */
    public Builder currency(String value) {
      this.currency = value;
      return this;
    }

    /**
     * The service period, for subscription lines.
     */
    public Builder period(Period value) {
      this.period = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public InvoiceLine build() {
      return new InvoiceLine(this);
    }
  }
}
