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
 * Settings of a {@code meter_credit} benefit.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class MeterCreditBenefitProperties {
  @Json(name = "meter")
  private final String meter;

  @Json(name = "units")
  private final Long units;

  @Json(name = "rollover")
  private final Boolean rollover;

  private MeterCreditBenefitProperties(Builder b) {
    this.meter = b.meter;
    this.units = b.units;
    this.rollover = b.rollover;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.meter = meter;
    b.units = units;
    b.rollover = rollover;
    return b;
  }

  /**
   * The meter (prefixed {@code mtr_}) credited.
   */
  public String meter() {
    return meter;
  }

  /**
   * Units credited each billing period (once, for one-time purchases).
   */
  public Long units() {
    return units;
  }

  /**
   * Whether unused units carry over to the next period.
   */
  public Boolean rollover() {
    return rollover;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MeterCreditBenefitProperties)) {
      return false;
    }
    MeterCreditBenefitProperties that = (MeterCreditBenefitProperties) o;
    return Objects.equals(meter, that.meter)
        && Objects.equals(units, that.units)
        && Objects.equals(rollover, that.rollover);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        meter,
        units,
        rollover);
  }

  @Override
  public String toString() {
    return "MeterCreditBenefitProperties{"
        + "meter=" + meter
        + ", units=" + units
        + ", rollover=" + rollover
        + "}";
  }

  /** Builder for {@link MeterCreditBenefitProperties}. Mutable and not thread-safe. */
  public static final class Builder {
    private String meter;
    private Long units;
    private Boolean rollover;


    private Builder() {}

    /**
     * The meter (prefixed {@code mtr_}) credited.
     */
    public Builder meter(String value) {
      this.meter = value;
      return this;
    }

    /**
     * Units credited each billing period (once, for one-time purchases).
     */
    public Builder units(Long value) {
      this.units = value;
      return this;
    }

    /**
     * Whether unused units carry over to the next period.
     */
    public Builder rollover(Boolean value) {
      this.rollover = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public MeterCreditBenefitProperties build() {
      return new MeterCreditBenefitProperties(this);
    }
  }
}
