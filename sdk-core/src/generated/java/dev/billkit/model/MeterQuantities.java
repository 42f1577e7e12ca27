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
 * A customer's aggregated usage on a meter over a time range, in buckets.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class MeterQuantities {
  @Json(name = "object")
  private final String object;

  @Json(name = "meter")
  private final String meter;

  @Json(name = "customer")
  private final String customer;

  @Json(name = "start")
  private final Instant start;

  @Json(name = "end")
  private final Instant end;

  @Json(name = "interval")
  private final String interval;

  @Json(name = "quantity")
  private final Long quantity;

  @Json(name = "buckets")
  private final List<MeterQuantityBucket> buckets;

  private MeterQuantities(Builder b) {
    this.object = b.object;
    this.meter = b.meter;
    this.customer = b.customer;
    this.start = b.start;
    this.end = b.end;
    this.interval = b.interval;
    this.quantity = b.quantity;
    this.buckets = b.buckets == null ? null : List.copyOf(b.buckets);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.object = object;
    b.meter = meter;
    b.customer = customer;
    b.start = start;
    b.end = end;
    b.interval = interval;
    b.quantity = quantity;
    b.buckets = buckets;
    return b;
  }

  /**
   * Always {@code meter_quantities}.
   */
  public String object() {
    return object;
  }

  /**
   * The meter, prefixed {@code mtr_}.
   */
  public String meter() {
    return meter;
  }

  /**
   * The customer, prefixed {@code cus_}.
   */
  public String customer() {
    return customer;
  }

  /**
   * Inclusive start of the range.
   */
  public Instant start() {
    return start;
  }

  /**
   * Exclusive end of the range.
   */
  public Instant end() {
    return end;
  }

  /**
   * The bucket size. - {@code hour}, {@code day}, {@code month}: buckets of that length (UTC).
   * - {@code all}: one bucket for the whole range.
   */
  public Interval interval() {
    return Interval.fromValue(interval);
  }

  /** The raw {@code interval} string, kept even when this SDK does not know the value. */
  public String intervalValue() {
    return interval;
  }

  /**
   * The aggregation over the whole range.
   */
  public Long quantity() {
    return quantity;
  }

  /**
   * The aggregation per bucket, oldest first.
   */
  public List<MeterQuantityBucket> buckets() {
    return buckets == null ? List.of() : Collections.unmodifiableList(buckets);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MeterQuantities)) {
      return false;
    }
    MeterQuantities that = (MeterQuantities) o;
    return Objects.equals(object, that.object)
        && Objects.equals(meter, that.meter)
        && Objects.equals(customer, that.customer)
        && Objects.equals(start, that.start)
        && Objects.equals(end, that.end)
        && Objects.equals(interval, that.interval)
        && Objects.equals(quantity, that.quantity)
        && Objects.equals(buckets, that.buckets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        object,
        meter,
        customer,
        start,
        end,
        interval,
        quantity,
        buckets);
  }

  @Override
  public String toString() {
    return "MeterQuantities{"
        + "object=" + object
        + ", meter=" + meter
        + ", customer=" + customer
        + ", start=" + start
        + ", end=" + end
        + ", interval=" + interval
        + ", quantity=" + quantity
        + ", buckets=" + buckets
        + "}";
  }

  /**
   * Values of {@code interval}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Interval {
    HOUR("hour"),
    DAY("day"),
    MONTH("month"),
    ALL("all"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Interval(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "hour"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Interval fromValue(String value) {
      for (Interval c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Interval v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Interval.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link MeterQuantities}. Mutable and not thread-safe. */
  public static final class Builder {
    private String object;
    private String meter;
    private String customer;
    private Instant start;
    private Instant end;
    private String interval;
    private Long quantity;
    private List<MeterQuantityBucket> buckets;


    private Builder() {}

    /**
     * Always {@code meter_quantities}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * The meter, prefixed {@code mtr_}.
     */
    public Builder meter(String value) {
      this.meter = value;
      return this;
    }

    /**
     * The customer, prefixed {@code cus_}.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * Inclusive start of the range.
     */
    public Builder start(Instant value) {
      this.start = value;
      return this;
    }

    /**
     * Exclusive end of the range.
     */
    public Builder end(Instant value) {
      this.end = value;
      return this;
    }

    /**
     * The bucket size. - {@code hour}, {@code day}, {@code month}: buckets of that length (UTC).
     * - {@code all}: one bucket for the whole range.
     */
    public Builder interval(Interval value) {
      this.interval = Interval.wire(value);
      return this;
    }

    /**
     * The aggregation over the whole range.
     */
    public Builder quantity(Long value) {
      this.quantity = value;
      return this;
    }

    /**
     * The aggregation per bucket, oldest first.
     */
    public Builder buckets(List<MeterQuantityBucket> value) {
      this.buckets = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public MeterQuantities build() {
      return new MeterQuantities(this);
    }
  }
}
