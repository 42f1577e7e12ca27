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
 * Settings for a {@code meter_credit} benefit. Omitted fields take their defaults (null, or
 * false for {@code rollover}).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class MeterCreditBenefitPropertiesParams {
  @Json(name = "meter")
  private final String meter;

  @Json(name = "rollover")
  private final Boolean rollover;

  @Json(name = "units")
  private final Long units;

  private MeterCreditBenefitPropertiesParams(Builder b) {
    this.meter = b.meter;
    this.rollover = b.rollover;
    this.units = b.units;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.meter = meter;
    b.rollover = rollover;
    b.units = units;
    return b;
  }

  /**
   * The meter (prefixed {@code mtr_}) credited.
   */
  public String meter() {
    return meter;
  }

  /**
   * Whether unused units carry over to the next period.
   */
  public Optional<Boolean> rollover() {
    return Optional.ofNullable(rollover);
  }

  /**
   * Units credited each billing period (once, for one-time purchases).
   */
  public Long units() {
    return units;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MeterCreditBenefitPropertiesParams)) {
      return false;
    }
    MeterCreditBenefitPropertiesParams that = (MeterCreditBenefitPropertiesParams) o;
    return Objects.equals(meter, that.meter)
        && Objects.equals(rollover, that.rollover)
        && Objects.equals(units, that.units);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        meter,
        rollover,
        units);
  }

  @Override
  public String toString() {
    return "MeterCreditBenefitPropertiesParams{"
        + "meter=" + meter
        + ", rollover=" + rollover
        + ", units=" + units
        + "}";
  }

  /** Builder for {@link MeterCreditBenefitPropertiesParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String meter;
    private Boolean rollover;
    private Long units;


    private Builder() {}

    /**
     * The meter (prefixed {@code mtr_}) credited.
     */
    public Builder meter(String value) {
      this.meter = value;
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
     * Units credited each billing period (once, for one-time purchases).
     */
    public Builder units(Long value) {
      this.units = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public MeterCreditBenefitPropertiesParams build() {
      if (meter == null) {
        throw new IllegalStateException("MeterCreditBenefitPropertiesParams.meter is required: call meter(…)");
      }
      if (units == null) {
        throw new IllegalStateException("MeterCreditBenefitPropertiesParams.units is required: call units(…)");
      }
      return new MeterCreditBenefitPropertiesParams(this);
    }
  }
}
