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
 * Query parameters of {&#64;code GET /v1/meters/{meter}/quantities}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class MeterQuantitiesParams {
  @Json(name = "customer")
  private final String customer;

  @Json(name = "start")
  private final Instant start;

  @Json(name = "end")
  private final Instant end;

  @Json(name = "interval")
  private final String interval;

  private MeterQuantitiesParams(Builder b) {
    this.customer = b.customer;
    this.start = b.start;
    this.end = b.end;
    this.interval = b.interval;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.customer = customer;
    b.start = start;
    b.end = end;
    b.interval = interval;
    return b;
  }

  /**
   * Only events of this type; a trailing {@code *} matches a prefix, as in {@code
   * subscription.*}.
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * Exclusive end of the range; after {@code start}.
   */
  public Optional<Instant> start() {
    return Optional.ofNullable(start);
  }

  /**
   * Exclusive end of the range; after {@code start}.
   */
  public Optional<Instant> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Bucket size ({@code hour}, {@code day}, {@code month} or {@code all}); defaults to {@code
   * all}. At most 1000 buckets.
   */
  public Optional<Interval> interval() {
    return Optional.ofNullable(interval).map(Interval::fromValue);
  }

  /** The raw {@code interval} string, kept even when this SDK does not know the value. */
  public Optional<String> intervalValue() {
    return Optional.ofNullable(interval);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MeterQuantitiesParams)) {
      return false;
    }
    MeterQuantitiesParams that = (MeterQuantitiesParams) o;
    return Objects.equals(customer, that.customer)
        && Objects.equals(start, that.start)
        && Objects.equals(end, that.end)
        && Objects.equals(interval, that.interval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        customer,
        start,
        end,
        interval);
  }

  @Override
  public String toString() {
    return "MeterQuantitiesParams{"
        + "customer=" + customer
        + ", start=" + start
        + ", end=" + end
        + ", interval=" + interval
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

  /** Builder for {@link MeterQuantitiesParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String customer;
    private Instant start;
    private Instant end;
    private String interval;


    private Builder() {}

    /**
     * Only events of this type; a trailing {@code *} matches a prefix, as in {@code
     * subscription.*}.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * Exclusive end of the range; after {@code start}.
     */
    public Builder start(Instant value) {
      this.start = value;
      return this;
    }

    /**
     * Exclusive end of the range; after {@code start}.
     */
    public Builder end(Instant value) {
      this.end = value;
      return this;
    }

    /**
     * Bucket size ({@code hour}, {@code day}, {@code month} or {@code all}); defaults to {@code
     * all}. At most 1000 buckets.
     */
    public Builder interval(Interval value) {
      this.interval = Interval.wire(value);
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public MeterQuantitiesParams build() {
      return new MeterQuantitiesParams(this);
    }
  }
}
