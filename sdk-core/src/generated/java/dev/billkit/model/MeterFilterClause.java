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
 * One condition on a usage event. {@code property} is {@code name}, {@code timestamp} or
 * {@code metadata.&lt;key&gt;}.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class MeterFilterClause {
  @Json(name = "property")
  private final String property;

  @Json(name = "operator")
  private final String operator;

  @Json(name = "value")
  private final Object value;

  private MeterFilterClause(Builder b) {
    this.property = b.property;
    this.operator = b.operator;
    this.value = b.value;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.property = property;
    b.operator = operator;
    b.value = value;
    return b;
  }

  /**
   * The event field to test.
   */
  public String property() {
    return property;
  }

  /**
   * - {@code eq}, {@code ne}: equal, not equal. - {@code gt}, {@code gte}, {@code lt}, {@code
   * lte}: numeric (or RFC 3339 time) comparison. - {@code like}, {@code not_like}: SQL-style
   * pattern with {@code %} for any run of characters.
   */
  public Operator operator() {
    return Operator.fromValue(operator);
  }

  /** The raw {@code operator} string, kept even when this SDK does not know the value. */
  public String operatorValue() {
    return operator;
  }

  /**
   * The value to compare with.
   */
  public Object value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MeterFilterClause)) {
      return false;
    }
    MeterFilterClause that = (MeterFilterClause) o;
    return Objects.equals(property, that.property)
        && Objects.equals(operator, that.operator)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        property,
        operator,
        value);
  }

  @Override
  public String toString() {
    return "MeterFilterClause{"
        + "property=" + property
        + ", operator=" + operator
        + ", value=" + value
        + "}";
  }

  /**
   * Values of {@code operator}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Operator {
    EQ("eq"),
    NE("ne"),
    GT("gt"),
    GTE("gte"),
    LT("lt"),
    LTE("lte"),
    LIKE("like"),
    NOT_LIKE("not_like"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Operator(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "eq"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Operator fromValue(String value) {
      for (Operator c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Operator v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Operator.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link MeterFilterClause}. Mutable and not thread-safe. */
  public static final class Builder {
    private String property;
    private String operator;
    private Object value;


    private Builder() {}

    /**
     * The event field to test.
     */
    public Builder property(String value) {
      this.property = value;
      return this;
    }

    /**
     * - {@code eq}, {@code ne}: equal, not equal. - {@code gt}, {@code gte}, {@code lt}, {@code
     * lte}: numeric (or RFC 3339 time) comparison. - {@code like}, {@code not_like}: SQL-style
     * pattern with {@code %} for any run of characters.
     */
    public Builder operator(Operator value) {
      this.operator = Operator.wire(value);
      return this;
    }

    /**
     * The value to compare with.
     */
    public Builder value(Object value) {
      this.value = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public MeterFilterClause build() {
      return new MeterFilterClause(this);
    }
  }
}
