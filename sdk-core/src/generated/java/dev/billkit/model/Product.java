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
 * Something you sell, once ({@code recurring_interval} null) or as a subscription. Prices
 * belong to a product.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Product {
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

  @Json(name = "name")
  private final String name;

  @Json(name = "description")
  private final String description;

  @Json(name = "is_archived")
  private final Boolean isArchived;

  @Json(name = "recurring_interval")
  private final String recurringInterval;

  @Json(name = "recurring_interval_count")
  private final Integer recurringIntervalCount;

  @Json(name = "trial_period_days")
  private final Integer trialPeriodDays;

  @Json(name = "benefits")
  private final List<String> benefits;

  private Product(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.name = b.name;
    this.description = b.description;
    this.isArchived = b.isArchived;
    this.recurringInterval = b.recurringInterval;
    this.recurringIntervalCount = b.recurringIntervalCount;
    this.trialPeriodDays = b.trialPeriodDays;
    this.benefits = b.benefits == null ? null : List.copyOf(b.benefits);
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
    b.name = name;
    b.description = description;
    b.isArchived = isArchived;
    b.recurringInterval = recurringInterval;
    b.recurringIntervalCount = recurringIntervalCount;
    b.trialPeriodDays = trialPeriodDays;
    b.benefits = benefits;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code prod_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code product}.
   */
  public String object() {
    return object;
  }

  /**
   * When the product was created.
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
   * Archived products can't be bought; existing subscriptions continue.
   */
  public Boolean isArchived() {
    return isArchived;
  }

  /**
   * How often a subscription to this product renews; null for a one-time product. - {@code
   * day}, {@code week}, {@code month}, {@code year}: one interval of that length, times {@code
   * recurring_interval_count}.
   */
  public Optional<RecurringInterval> recurringInterval() {
    return Optional.ofNullable(recurringInterval).map(RecurringInterval::fromValue);
  }

  /** The raw {@code recurring_interval} string, kept even when this SDK does not know the value. */
  public Optional<String> recurringIntervalValue() {
    return Optional.ofNullable(recurringInterval);
  }

  /**
   * The number of intervals per billing period (3 with {@code month} = quarterly); null for a
   * one-time product.
   */
  public Optional<Integer> recurringIntervalCount() {
    return Optional.ofNullable(recurringIntervalCount);
  }

  /**
   * Days of free trial a new subscription gets; null for none. Checkout and subscription
   * creation may override it.
   */
  public Optional<Integer> trialPeriodDays() {
    return Optional.ofNullable(trialPeriodDays);
  }

  /**
   * Benefits (prefixed {@code ben_}) granted to buyers of this product.
   */
  public List<String> benefits() {
    return benefits == null ? List.of() : Collections.unmodifiableList(benefits);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Product)) {
      return false;
    }
    Product that = (Product) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(name, that.name)
        && Objects.equals(description, that.description)
        && Objects.equals(isArchived, that.isArchived)
        && Objects.equals(recurringInterval, that.recurringInterval)
        && Objects.equals(recurringIntervalCount, that.recurringIntervalCount)
        && Objects.equals(trialPeriodDays, that.trialPeriodDays)
        && Objects.equals(benefits, that.benefits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        name,
        description,
        isArchived,
        recurringInterval,
        recurringIntervalCount,
        trialPeriodDays,
        benefits);
  }

  @Override
  public String toString() {
    return "Product{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", name=" + name
        + ", description=" + description
        + ", isArchived=" + isArchived
        + ", recurringInterval=" + recurringInterval
        + ", recurringIntervalCount=" + recurringIntervalCount
        + ", trialPeriodDays=" + trialPeriodDays
        + ", benefits=" + benefits
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

  /** Builder for {@link Product}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String name;
    private String description;
    private Boolean isArchived;
    private String recurringInterval;
    private Integer recurringIntervalCount;
    private Integer trialPeriodDays;
    private List<String> benefits;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code prod_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code product}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the product was created.
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
     * Archived products can't be bought; existing subscriptions continue.
     */
    public Builder isArchived(Boolean value) {
      this.isArchived = value;
      return this;
    }

    /**
     * How often a subscription to this product renews; null for a one-time product. - {@code
     * day}, {@code week}, {@code month}, {@code year}: one interval of that length, times {@code
     * recurring_interval_count}.
     */
    public Builder recurringInterval(RecurringInterval value) {
      this.recurringInterval = RecurringInterval.wire(value);
      return this;
    }

    /**
     * The number of intervals per billing period (3 with {@code month} = quarterly); null for a
     * one-time product.
     */
    public Builder recurringIntervalCount(Integer value) {
      this.recurringIntervalCount = value;
      return this;
    }

    /**
     * Days of free trial a new subscription gets; null for none. Checkout and subscription
     * creation may override it.
     */
    public Builder trialPeriodDays(Integer value) {
      this.trialPeriodDays = value;
      return this;
    }

    /**
     * Benefits (prefixed {@code ben_}) granted to buyers of this product.
     */
    public Builder benefits(List<String> value) {
      this.benefits = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Product build() {
      return new Product(this);
    }
  }
}
