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
 * Parameters to update a benefit. The type can't change; settings apply to future grants.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class BenefitUpdateParams {
  @Json(name = "description")
  private final String description;

  @Json(name = "license_keys")
  private final LicenseKeysBenefitPropertiesParams licenseKeys;

  @Json(name = "meter_credit")
  private final MeterCreditBenefitPropertiesParams meterCredit;

  @Json(name = "custom")
  private final CustomBenefitPropertiesParams custom;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private BenefitUpdateParams(Builder b) {
    this.description = b.description;
    this.licenseKeys = b.licenseKeys;
    this.meterCredit = b.meterCredit;
    this.custom = b.custom;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.description = description;
    b.licenseKeys = licenseKeys;
    b.meterCredit = meterCredit;
    b.custom = custom;
    b.metadata = metadata;
    return b;
  }

  /**
   * What the customer gets.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The {@code license_keys} field.
   */
  public Optional<LicenseKeysBenefitPropertiesParams> licenseKeys() {
    return Optional.ofNullable(licenseKeys);
  }

  /**
   * The {@code meter_credit} field.
   */
  public Optional<MeterCreditBenefitPropertiesParams> meterCredit() {
    return Optional.ofNullable(meterCredit);
  }

  /**
   * The {@code custom} field.
   */
  public Optional<CustomBenefitPropertiesParams> custom() {
    return Optional.ofNullable(custom);
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
    if (!(o instanceof BenefitUpdateParams)) {
      return false;
    }
    BenefitUpdateParams that = (BenefitUpdateParams) o;
    return Objects.equals(description, that.description)
        && Objects.equals(licenseKeys, that.licenseKeys)
        && Objects.equals(meterCredit, that.meterCredit)
        && Objects.equals(custom, that.custom)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        description,
        licenseKeys,
        meterCredit,
        custom,
        metadata);
  }

  @Override
  public String toString() {
    return "BenefitUpdateParams{"
        + "description=" + description
        + ", licenseKeys=" + licenseKeys
        + ", meterCredit=" + meterCredit
        + ", custom=" + custom
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link BenefitUpdateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String description;
    private LicenseKeysBenefitPropertiesParams licenseKeys;
    private MeterCreditBenefitPropertiesParams meterCredit;
    private CustomBenefitPropertiesParams custom;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * What the customer gets.
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code license_keys}.
     */
    public Builder licenseKeys(LicenseKeysBenefitPropertiesParams value) {
      this.licenseKeys = value;
      return this;
    }

    /**
     * Sets {@code meter_credit}.
     */
    public Builder meterCredit(MeterCreditBenefitPropertiesParams value) {
      this.meterCredit = value;
      return this;
    }

    /**
     * Sets {@code custom}.
     */
    public Builder custom(CustomBenefitPropertiesParams value) {
      this.custom = value;
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
    public BenefitUpdateParams build() {
      return new BenefitUpdateParams(this);
    }
  }
}
