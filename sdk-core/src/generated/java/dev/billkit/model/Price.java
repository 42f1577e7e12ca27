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
 * How much a product costs. {@code fixed} prices charge {@code unit_amount}; {@code custom}
 * prices let the buyer choose an amount (pay what you want); {@code metered_unit} prices
 * charge {@code unit_amount_decimal} per unit of a meter's usage in each period, capped at
 * {@code cap_amount}. Amounts can't change: archive the price and create a new one.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Price {
  @Json(name = "id")
  private final String id;

  @Json(name = "object")
  private final String object;

  @Json(name = "created_at")
  private final Instant createdAt;

  @Json(name = "livemode")
  private final Boolean livemode;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  @Json(name = "product")
  private final String product;

  @Json(name = "type")
  private final String type;

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

  @Json(name = "recurring_interval")
  private final String recurringInterval;

  @Json(name = "recurring_interval_count")
  private final Integer recurringIntervalCount;

  @Json(name = "is_archived")
  private final Boolean isArchived;

  private Price(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.product = b.product;
    this.type = b.type;
    this.amountType = b.amountType;
    this.currency = b.currency;
    this.unitAmount = b.unitAmount;
    this.minimumAmount = b.minimumAmount;
    this.maximumAmount = b.maximumAmount;
    this.presetAmount = b.presetAmount;
    this.meter = b.meter;
    this.unitAmountDecimal = b.unitAmountDecimal;
    this.capAmount = b.capAmount;
    this.recurringInterval = b.recurringInterval;
    this.recurringIntervalCount = b.recurringIntervalCount;
    this.isArchived = b.isArchived;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.object = object;
    b.createdAt = createdAt;
    b.livemode = livemode;
    b.metadata = metadata;
    b.product = product;
    b.type = type;
    b.amountType = amountType;
    b.currency = currency;
    b.unitAmount = unitAmount;
    b.minimumAmount = minimumAmount;
    b.maximumAmount = maximumAmount;
    b.presetAmount = presetAmount;
    b.meter = meter;
    b.unitAmountDecimal = unitAmountDecimal;
    b.capAmount = capAmount;
    b.recurringInterval = recurringInterval;
    b.recurringIntervalCount = recurringIntervalCount;
    b.isArchived = isArchived;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code price_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code price}.
   */
  public String object() {
    return object;
  }

  /**
   * When the price was created.
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Always false in test mode and in the mock server.
   */
  public Boolean livemode() {
    return livemode;
  }

  /**
   * The {@code metadata} field.
   */
  public Map<String, String> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
  }

  /**
   * The product (prefixed {@code prod_}) this price belongs to.
   */
  public String product() {
    return product;
  }

  /**
   * Copied from the product. - {@code one_time}: charged once, on purchase. - {@code
   * recurring}: charged every billing period of a subscription.
   */
  public Type type() {
    return Type.fromValue(type);
  }

  /** The raw {@code type} string, kept even when this SDK does not know the value. */
  public String typeValue() {
    return type;
  }

  /**
   * How the amount is determined. - {@code fixed}: {@code unit_amount} per unit. - {@code
   * custom}: the buyer picks an amount between {@code minimum_amount} and {@code
   * maximum_amount} at checkout. - {@code metered_unit}: {@code unit_amount_decimal} per unit
   * of {@code meter} usage, billed at the end of each period (recurring only).
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
   * For {@code fixed}, the amount in minor units; 0 (free) or at least 50. Null otherwise.
   */
  public Optional<Long> unitAmount() {
    return Optional.ofNullable(unitAmount);
  }

  /**
   * For {@code custom}, the least a buyer may pay, in minor units. Null otherwise.
   */
  public Optional<Long> minimumAmount() {
    return Optional.ofNullable(minimumAmount);
  }

  /**
   * For {@code custom}, the most a buyer may pay, in minor units; null for no limit.
   */
  public Optional<Long> maximumAmount() {
    return Optional.ofNullable(maximumAmount);
  }

  /**
   * For {@code custom}, the amount suggested at checkout. Null otherwise.
   */
  public Optional<Long> presetAmount() {
    return Optional.ofNullable(presetAmount);
  }

  /**
   * For {@code metered_unit}, the meter (prefixed {@code mtr_}) whose usage is billed. Null
   * otherwise.
   */
  public Optional<String> meter() {
    return Optional.ofNullable(meter);
  }

  /**
   * For {@code metered_unit}, the price of one unit in minor units, as a decimal string with
   * up to 12 decimal places. Each line total is rounded half-up to an integer. Null otherwise.
   */
  public Optional<String> unitAmountDecimal() {
    return Optional.ofNullable(unitAmountDecimal);
  }

  /**
   * For {@code metered_unit}, the most a period's usage can cost, in minor units; null for no
   * cap.
   */
  public Optional<Long> capAmount() {
    return Optional.ofNullable(capAmount);
  }

  /**
   * Copied from the product; null for one-time prices.
   */
  public Optional<RecurringInterval> recurringInterval() {
    return Optional.ofNullable(recurringInterval).map(RecurringInterval::fromValue);
  }

  /** The raw {@code recurring_interval} string, kept even when this SDK does not know the value. */
  public Optional<String> recurringIntervalValue() {
    return Optional.ofNullable(recurringInterval);
  }

  /**
   * Copied from the product; null for one-time prices.
   */
  public Optional<Integer> recurringIntervalCount() {
    return Optional.ofNullable(recurringIntervalCount);
  }

  /**
   * Archived prices can't be used for new purchases; existing subscriptions keep them.
   */
  public Boolean isArchived() {
    return isArchived;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Price)) {
      return false;
    }
    Price that = (Price) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(product, that.product)
        && Objects.equals(type, that.type)
        && Objects.equals(amountType, that.amountType)
        && Objects.equals(currency, that.currency)
        && Objects.equals(unitAmount, that.unitAmount)
        && Objects.equals(minimumAmount, that.minimumAmount)
        && Objects.equals(maximumAmount, that.maximumAmount)
        && Objects.equals(presetAmount, that.presetAmount)
        && Objects.equals(meter, that.meter)
        && Objects.equals(unitAmountDecimal, that.unitAmountDecimal)
        && Objects.equals(capAmount, that.capAmount)
        && Objects.equals(recurringInterval, that.recurringInterval)
        && Objects.equals(recurringIntervalCount, that.recurringIntervalCount)
        && Objects.equals(isArchived, that.isArchived);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        product,
        type,
        amountType,
        currency,
        unitAmount,
        minimumAmount,
        maximumAmount,
        presetAmount,
        meter,
        unitAmountDecimal,
        capAmount,
        recurringInterval,
        recurringIntervalCount,
        isArchived);
  }

  @Override
  public String toString() {
    return "Price{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", product=" + product
        + ", type=" + type
        + ", amountType=" + amountType
        + ", currency=" + currency
        + ", unitAmount=" + unitAmount
        + ", minimumAmount=" + minimumAmount
        + ", maximumAmount=" + maximumAmount
        + ", presetAmount=" + presetAmount
        + ", meter=" + meter
        + ", unitAmountDecimal=" + unitAmountDecimal
        + ", capAmount=" + capAmount
        + ", recurringInterval=" + recurringInterval
        + ", recurringIntervalCount=" + recurringIntervalCount
        + ", isArchived=" + isArchived
        + "}";
  }

  /**
   * Values of {@code type}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Type {
    ONE_TIME("one_time"),
    RECURRING("recurring"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Type(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "one_time"}; {@code null} only for the unknown fallback. */
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

  /**
   * Values of {@code recurring_interval}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum RecurringInterval {
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    YEAR("year"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    RecurringInterval(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "day"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static RecurringInterval fromValue(String value) {
      for (RecurringInterval c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(RecurringInterval v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "RecurringInterval.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link Price}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String product;
    private String type;
    private String amountType;
    private String currency;
    private Long unitAmount;
    private Long minimumAmount;
    private Long maximumAmount;
    private Long presetAmount;
    private String meter;
    private String unitAmountDecimal;
    private Long capAmount;
    private String recurringInterval;
    private Integer recurringIntervalCount;
    private Boolean isArchived;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code price_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code price}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the price was created.
     */
    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    /**
     * Always false in test mode and in the mock server.
     */
    public Builder livemode(Boolean value) {
      this.livemode = value;
      return this;
    }

    /**
     * Sets {@code metadata}.
     */
    public Builder metadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    /**
     * The product (prefixed {@code prod_}) this price belongs to.
     */
    public Builder product(String value) {
      this.product = value;
      return this;
    }

    /**
     * Copied from the product. - {@code one_time}: charged once, on purchase. - {@code
     * recurring}: charged every billing period of a subscription.
     */
    public Builder type(Type value) {
      this.type = Type.wire(value);
      return this;
    }

    /**
     * How the amount is determined. - {@code fixed}: {@code unit_amount} per unit. - {@code
     * custom}: the buyer picks an amount between {@code minimum_amount} and {@code
     * maximum_amount} at checkout. - {@code metered_unit}: {@code unit_amount_decimal} per unit
     * of {@code meter} usage, billed at the end of each period (recurring only).
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
     * For {@code fixed}, the amount in minor units; 0 (free) or at least 50. Null otherwise.
     */
    public Builder unitAmount(Long value) {
      this.unitAmount = value;
      return this;
    }

    /**
     * For {@code custom}, the least a buyer may pay, in minor units. Null otherwise.
     */
    public Builder minimumAmount(Long value) {
      this.minimumAmount = value;
      return this;
    }

    /**
     * For {@code custom}, the most a buyer may pay, in minor units; null for no limit.
     */
    public Builder maximumAmount(Long value) {
      this.maximumAmount = value;
      return this;
    }

    /**
     * For {@code custom}, the amount suggested at checkout. Null otherwise.
     */
    public Builder presetAmount(Long value) {
      this.presetAmount = value;
      return this;
    }

    /**
     * For {@code metered_unit}, the meter (prefixed {@code mtr_}) whose usage is billed. Null
     * otherwise.
     */
    public Builder meter(String value) {
      this.meter = value;
      return this;
    }

    /**
     * For {@code metered_unit}, the price of one unit in minor units, as a decimal string with
     * up to 12 decimal places. Each line total is rounded half-up to an integer. Null otherwise.
     */
    public Builder unitAmountDecimal(String value) {
      this.unitAmountDecimal = value;
      return this;
    }

    /**
     * For {@code metered_unit}, the most a period's usage can cost, in minor units; null for no
     * cap.
     */
    public Builder capAmount(Long value) {
      this.capAmount = value;
      return this;
    }

    /**
     * Copied from the product; null for one-time prices.
     */
    public Builder recurringInterval(RecurringInterval value) {
      this.recurringInterval = RecurringInterval.wire(value);
      return this;
    }

    /**
     * Copied from the product; null for one-time prices.
     */
    public Builder recurringIntervalCount(Integer value) {
      this.recurringIntervalCount = value;
      return this;
    }

    /**
     * Archived prices can't be used for new purchases; existing subscriptions keep them.
     */
    public Builder isArchived(Boolean value) {
      this.isArchived = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Price build() {
      return new Price(this);
    }
  }
}
