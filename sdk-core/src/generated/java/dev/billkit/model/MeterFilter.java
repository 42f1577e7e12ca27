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
 * Conditions a usage event must meet to count, on top of matching the meter's {@code
 * event_name}.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class MeterFilter {
  @Json(name = "conjunction")
  private final String conjunction;

  @Json(name = "clauses")
  private final List<MeterFilterClause> clauses;

  private MeterFilter(Builder b) {
    this.conjunction = b.conjunction;
    this.clauses = b.clauses == null ? null : List.copyOf(b.clauses);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.conjunction = conjunction;
    b.clauses = clauses;
    return b;
  }

  /**
   * - {@code and}: every clause must hold. - {@code or}: at least one clause must hold.
   */
  public Conjunction conjunction() {
    return Conjunction.fromValue(conjunction);
  }

  /** The raw {@code conjunction} string, kept even when this SDK does not know the value. */
  public String conjunctionValue() {
    return conjunction;
  }

  /**
   * The conditions.
   */
  public List<MeterFilterClause> clauses() {
    return clauses == null ? List.of() : Collections.unmodifiableList(clauses);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MeterFilter)) {
      return false;
    }
    MeterFilter that = (MeterFilter) o;
    return Objects.equals(conjunction, that.conjunction)
        && Objects.equals(clauses, that.clauses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        conjunction,
        clauses);
  }

  @Override
  public String toString() {
    return "MeterFilter{"
        + "conjunction=" + conjunction
        + ", clauses=" + clauses
        + "}";
  }

  /**
   * Values of {@code conjunction}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Conjunction {
    AND("and"),
    OR("or"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Conjunction(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "and"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Conjunction fromValue(String value) {
      for (Conjunction c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Conjunction v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Conjunction.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link MeterFilter}. Mutable and not thread-safe. */
  public static final class Builder {
    private String conjunction;
    private List<MeterFilterClause> clauses;


    private Builder() {}

    /**
     * - {@code and}: every clause must hold. - {@code or}: at least one clause must hold.
     */
    public Builder conjunction(Conjunction value) {
      this.conjunction = Conjunction.wire(value);
      return this;
    }

    /**
     * The conditions.
     */
    public Builder clauses(List<MeterFilterClause> value) {
      this.clauses = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public MeterFilter build() {
      return new MeterFilter(this);
    }
  }
}
