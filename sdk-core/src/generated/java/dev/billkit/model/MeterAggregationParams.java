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
 * How matching usage events turn into a quantity.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class MeterAggregationParams {
  @Json(name = "func")
  private final String func;

  @Json(name = "property")
  private final String property;

  private MeterAggregationParams(Builder b) {
    this.func = b.func;
    this.property = b.property;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.func = func;
    b.property = property;
    return b;
  }

  /**
   * - {@code count}: the number of events. - {@code sum}: the sum of the integer {@code
   * property}. - {@code max}: the largest integer {@code property}. - {@code last}: the
   * integer {@code property} of the latest event (by {@code timestamp}). - {@code unique}: the
   * number of distinct values of {@code property}.
   */
  public Func func() {
    return Func.fromValue(func);
  }

  /** The raw {@code func} string, kept even when this SDK does not know the value. */
  public String funcValue() {
    return func;
  }

  /**
   * The {@code metadata.&lt;key&gt;} to aggregate; required for every function but {@code
   * count}.
   */
  public Optional<String> property() {
    return Optional.ofNullable(property);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MeterAggregationParams)) {
      return false;
    }
    MeterAggregationParams that = (MeterAggregationParams) o;
    return Objects.equals(func, that.func)
        && Objects.equals(property, that.property);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        func,
        property);
  }

  @Override
  public String toString() {
    return "MeterAggregationParams{"
        + "func=" + func
        + ", property=" + property
        + "}";
  }

  /**
   * Values of {@code func}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Func {
    COUNT("count"),
    SUM("sum"),
    MAX("max"),
    LAST("last"),
    UNIQUE("unique"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Func(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "count"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Func fromValue(String value) {
      for (Func c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Func v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Func.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link MeterAggregationParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String func;
    private String property;


    private Builder() {}

    /**
     * - {@code count}: the number of events. - {@code sum}: the sum of the integer {@code
     * property}. - {@code max}: the largest integer {@code property}. - {@code last}: the
     * integer {@code property} of the latest event (by {@code timestamp}). - {@code unique}: the
     * number of distinct values of {@code property}.
     */
    public Builder func(Func value) {
      this.func = Func.wire(value);
      return this;
    }

    /**
     * The {@code metadata.&lt;key&gt;} to aggregate; required for every function but {@code
     * count}.
     */
    public Builder property(String value) {
      this.property = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public MeterAggregationParams build() {
      if (func == null) {
        throw new IllegalStateException("MeterAggregationParams.func is required: call func(…)");
      }
      return new MeterAggregationParams(this);
    }
  }
}
