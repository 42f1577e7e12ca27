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
 * Parameters to create a price. {@code fixed} needs {@code unit_amount}; {@code custom} takes
 * optional {@code minimum_amount}, {@code maximum_amount} and {@code preset_amount}; {@code
 * metered_unit} needs {@code meter} and {@code unit_amount_decimal} and a recurring product.
 * Amounts are 0 or at least 50 minor units (400 {@code amount_too_small}).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class PriceCreateParams {
  @Json(name = "product")
  private final String product;

  @Json(name = "amount_type")
  private final String amountType;

  @Json(name = "currency")
  private final String currency;

  @Json(name = "unit_amount")
  private final Long unitAmount;

  @Json(name = "minimum_amount")
  private final Long minimumAmount;

  @Json(name = "maximum_amount")
  private final Long maximumAmount;

  @Json(name = "preset_amount")
  private final Long presetAmount;

  @Json(name = "meter")
  private final String meter;

  @Json(name = "unit_amount_decimal")
  private final String unitAmountDecimal;

  @Json(name = "cap_amount")
  private final Long capAmount;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private PriceCreateParams(Builder b) {
    this.product = b.product;
    this.amountType = b.amountType;
    this.currency = b.currency;
    this.unitAmount = b.unitAmount;
    this.minimumAmount = b.minimumAmount;
    this.maximumAmount = b.maximumAmount;
    this.presetAmount = b.presetAmount;
    this.meter = b.meter;
    this.unitAmountDecimal = b.unitAmountDecimal;
    this.capAmount = b.capAmount;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.product = product;
    b.amountType = amountType;
    b.currency = currency;
    b.unitAmount = unitAmount;
    b.minimumAmount = minimumAmount;
    b.maximumAmount = maximumAmount;
    b.presetAmount = presetAmount;
    b.meter = meter;
    b.unitAmountDecimal = unitAmountDecimal;
    b.capAmount = capAmount;
    b.metadata = metadata;
    return b;
  }

  /**
   * The product (prefixed {@code prod_}). It must not be archived.
   */
  public String product() {
    return product;
  }

  /**
   * {@code fixed}, {@code custom} or {@code metered_unit}.
   */
  public AmountType amountType() {
    return AmountType.fromValue(amountType);
  }

  /** The raw {@code amount_type} string, kept even when this SDK does not know the value. */
  public String amountTypeValue() {
    return amountType;
  }

  /**
   * The {@code currency} field.
   */
  public String currency() {
    return currency;
  }

  /**
   * For {@code fixed} (required there), the amount in minor units.
   */
  public Optional<Long> unitAmount() {
    return Optional.ofNullable(unitAmount);
  }

  /**
   * For {@code custom}, the least a buyer may pay; defaults to 50.
   */
  public Optional<Long> minimumAmount() {
    return Optional.ofNullable(minimumAmount);
  }

  /**
   * For {@code custom}, the most a buyer may pay.
   */
  public Optional<Long> maximumAmount() {
    return Optional.ofNullable(maximumAmount);
  }

  /**
   * For {@code custom}, the suggested amount; must lie between the minimum and maximum.
   */
  public Optional<Long> presetAmount() {
    return Optional.ofNullable(presetAmount);
  }

  /**
   * For {@code metered_unit} (required there), the meter (prefixed {@code mtr_}).
   */
  public Optional<String> meter() {
    return Optional.ofNullable(meter);
  }

  /**
   * For {@code metered_unit} (required there), the price of one unit in minor units, for
   * example {@code "0.05"}.
   */
  public Optional<String> unitAmountDecimal() {
    return Optional.ofNullable(unitAmountDecimal);
  }

  /**
   * For {@code metered_unit}, the most a period's usage can cost.
   */
  public Optional<Long> capAmount() {
    return Optional.ofNullable(capAmount);
  }

  /**
   * The {@code metadata} field.
   */
  public Map<String, String> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PriceCreateParams)) {
      return false;
    }
    PriceCreateParams that = (PriceCreateParams) o;
    return Objects.equals(product, that.product)
        && Objects.equals(amountType, that.amountType)
        && Objects.equals(currency, that.currency)
        && Objects.equals(unitAmount, that.unitAmount)
        && Objects.equals(minimumAmount, that.minimumAmount)
        && Objects.equals(maximumAmount, that.maximumAmount)
        && Objects.equals(presetAmount, that.presetAmount)
        && Objects.equals(meter, that.meter)
        && Objects.equals(unitAmountDecimal, that.unitAmountDecimal)
        && Objects.equals(capAmount, that.capAmount)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        product,
        amountType,
        currency,
        unitAmount,
        minimumAmount,
        maximumAmount,
        presetAmount,
        meter,
        unitAmountDecimal,
        capAmount,
        metadata);
  }

  @Override
  public String toString() {
    return "PriceCreateParams{"
        + "product=" + product
        + ", amountType=" + amountType
        + ", currency=" + currency
        + ", unitAmount=" + unitAmount
        + ", minimumAmount=" + minimumAmount
        + ", maximumAmount=" + maximumAmount
        + ", presetAmount=" + presetAmount
        + ", meter=" + meter
        + ", unitAmountDecimal=" + unitAmountDecimal
        + ", capAmount=" + capAmount
        + ", metadata=" + metadata
        + "}";
  }

  /**
   * Values of {@code amount_type}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum AmountType {
    FIXED("fixed"),
    CUSTOM("custom"),
    METERED_UNIT("metered_unit"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    AmountType(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "fixed"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static AmountType fromValue(String value) {
      for (AmountType c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(AmountType v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "AmountType.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link PriceCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String product;
    private String amountType;
    private String currency;
    private Long unitAmount;
    private Long minimumAmount;
    private Long maximumAmount;
    private Long presetAmount;
    private String meter;
    private String unitAmountDecimal;
    private Long capAmount;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * The product (prefixed {@code prod_}). It must not be archived.
     */
    public Builder product(String value) {
      this.product = value;
      return this;
    }

    /**
     * {@code fixed}, {@code custom} or {@code metered_unit}.
     */
    public Builder amountType(AmountType value) {
      this.amountType = AmountType.wire(value);
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
     * For {@code fixed} (required there), the amount in minor units.
     */
    public Builder unitAmount(Long value) {
      this.unitAmount = value;
      return this;
    }

    /**
     * For {@code custom}, the least a buyer may pay; defaults to 50.
     */
    public Builder minimumAmount(Long value) {
      this.minimumAmount = value;
      return this;
    }

    /**
     * For {@code custom}, the most a buyer may pay.
     */
    public Builder maximumAmount(Long value) {
      this.maximumAmount = value;
      return this;
    }

    /**
     * For {@code custom}, the suggested amount; must lie between the minimum and maximum.
     */
    public Builder presetAmount(Long value) {
      this.presetAmount = value;
      return this;
    }

    /**
     * For {@code metered_unit} (required there), the meter (prefixed {@code mtr_}).
     */
    public Builder meter(String value) {
      this.meter = value;
      return this;
    }

    /**
     * For {@code metered_unit} (required there), the price of one unit in minor units, for
     * example {@code "0.05"}.
     */
    public Builder unitAmountDecimal(String value) {
      this.unitAmountDecimal = value;
      return this;
    }

    /**
     * For {@code metered_unit}, the most a period's usage can cost.
     */
    public Builder capAmount(Long value) {
      this.capAmount = value;
      return this;
    }

    /**
     * Sets {@code metadata}.
     */
    public Builder metadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public PriceCreateParams build() {
      if (product == null) {
        throw new IllegalStateException("PriceCreateParams.product is required: call product(…)");
      }
      if (amountType == null) {
        throw new IllegalStateException("PriceCreateParams.amount_type is required: call amountType(…)");
      }
      if (currency == null) {
        throw new IllegalStateException("PriceCreateParams.currency is required: call currency(…)");
      }
      return new PriceCreateParams(this);
    }
  }
}
