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
 * Parameters to create a product.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class ProductCreateParams {
  @Json(name = "name")
  private final String name;

  @Json(name = "description")
  private final String description;

  @Json(name = "recurring_interval")
  private final String recurringInterval;

  @Json(name = "recurring_interval_count")
  private final Integer recurringIntervalCount;

  @Json(name = "trial_period_days")
  private final Integer trialPeriodDays;

  @Json(name = "benefits")
  private final List<String> benefits;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private ProductCreateParams(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.recurringInterval = b.recurringInterval;
    this.recurringIntervalCount = b.recurringIntervalCount;
    this.trialPeriodDays = b.trialPeriodDays;
    this.benefits = b.benefits == null ? null : List.copyOf(b.benefits);
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.description = description;
    b.recurringInterval = recurringInterval;
    b.recurringIntervalCount = recurringIntervalCount;
    b.trialPeriodDays = trialPeriodDays;
    b.benefits = benefits;
    b.metadata = metadata;
    return b;
  }

  /**
   * The name shown to customers.
   */
  public String name() {
    return name;
  }

  /**
   * A longer description shown to customers.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Set for a subscription product; omit for a one-time product. Can't be changed later.
   */
  public Optional<RecurringInterval> recurringInterval() {
    return Optional.ofNullable(recurringInterval).map(RecurringInterval::fromValue);
  }

  /** The raw {@code recurring_interval} string, kept even when this SDK does not know the value. */
  public Optional<String> recurringIntervalValue() {
    return Optional.ofNullable(recurringInterval);
  }

  /**
   * Intervals per billing period; defaults to 1. Only with {@code recurring_interval}.
   */
  public Optional<Integer> recurringIntervalCount() {
    return Optional.ofNullable(recurringIntervalCount);
  }

  /**
   * Days of free trial for new subscriptions. Only with {@code recurring_interval}.
   */
  public Optional<Integer> trialPeriodDays() {
    return Optional.ofNullable(trialPeriodDays);
  }

  /**
   * Benefits (prefixed {@code ben_}) to grant to buyers.
   */
  public List<String> benefits() {
    return benefits == null ? List.of() : Collections.unmodifiableList(benefits);
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
    if (!(o instanceof ProductCreateParams)) {
      return false;
    }
    ProductCreateParams that = (ProductCreateParams) o;
    return Objects.equals(name, that.name)
        && Objects.equals(description, that.description)
        && Objects.equals(recurringInterval, that.recurringInterval)
        && Objects.equals(recurringIntervalCount, that.recurringIntervalCount)
        && Objects.equals(trialPeriodDays, that.trialPeriodDays)
        && Objects.equals(benefits, that.benefits)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        description,
        recurringInterval,
        recurringIntervalCount,
        trialPeriodDays,
        benefits,
        metadata);
  }

  @Override
  public String toString() {
    return "ProductCreateParams{"
        + "name=" + name
        + ", description=" + description
        + ", recurringInterval=" + recurringInterval
        + ", recurringIntervalCount=" + recurringIntervalCount
        + ", trialPeriodDays=" + trialPeriodDays
        + ", benefits=" + benefits
        + ", metadata=" + metadata
        + "}";
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

  /** Builder for {@link ProductCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String name;
    private String description;
    private String recurringInterval;
    private Integer recurringIntervalCount;
    private Integer trialPeriodDays;
    private List<String> benefits;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * The name shown to customers.
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * A longer description shown to customers.
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Set for a subscription product; omit for a one-time product. Can't be changed later.
     */
    public Builder recurringInterval(RecurringInterval value) {
      this.recurringInterval = RecurringInterval.wire(value);
      return this;
    }

    /**
     * Intervals per billing period; defaults to 1. Only with {@code recurring_interval}.
     */
    public Builder recurringIntervalCount(Integer value) {
      this.recurringIntervalCount = value;
      return this;
    }

    /**
     * Days of free trial for new subscriptions. Only with {@code recurring_interval}.
     */
    public Builder trialPeriodDays(Integer value) {
      this.trialPeriodDays = value;
      return this;
    }

    /**
     * Benefits (prefixed {@code ben_}) to grant to buyers.
     */
    public Builder benefits(List<String> value) {
      this.benefits = value;
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
    public ProductCreateParams build() {
      if (name == null) {
        throw new IllegalStateException("ProductCreateParams.name is required: call name(…)");
      }
      return new ProductCreateParams(this);
    }
  }
}
