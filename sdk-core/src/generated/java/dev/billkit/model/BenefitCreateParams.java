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
 * Parameters to create a benefit. Give the settings object that matches {@code type} (required
 * for {@code license_keys} and {@code meter_credit}), and no other.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class BenefitCreateParams {
  @Json(name = "type")
  private final String type;

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

  private BenefitCreateParams(Builder b) {
    this.type = b.type;
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
    b.type = type;
    b.description = description;
    b.licenseKeys = licenseKeys;
    b.meterCredit = meterCredit;
    b.custom = custom;
    b.metadata = metadata;
    return b;
  }

  /**
   * The kind of benefit.
   */
  public Type type() {
    return Type.fromValue(type);
  }

  /** The raw {@code type} string, kept even when this SDK does not know the value. */
  public String typeValue() {
    return type;
  }

  /**
   * What the customer gets.
   */
  public String description() {
    return description;
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
    if (!(o instanceof BenefitCreateParams)) {
      return false;
    }
    BenefitCreateParams that = (BenefitCreateParams) o;
    return Objects.equals(type, that.type)
        && Objects.equals(description, that.description)
        && Objects.equals(licenseKeys, that.licenseKeys)
        && Objects.equals(meterCredit, that.meterCredit)
        && Objects.equals(custom, that.custom)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        type,
        description,
        licenseKeys,
        meterCredit,
        custom,
        metadata);
  }

  @Override
  public String toString() {
    return "BenefitCreateParams{"
        + "type=" + type
        + ", description=" + description
        + ", licenseKeys=" + licenseKeys
        + ", meterCredit=" + meterCredit
        + ", custom=" + custom
        + ", metadata=" + metadata
        + "}";
  }

  /**
   * Values of {@code type}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Type {
    LICENSE_KEYS("license_keys"),
    FEATURE_FLAG("feature_flag"),
    METER_CREDIT("meter_credit"),
    CUSTOM("custom"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Type(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "license_keys"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Type fromValue(String value) {
      for (Type c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Type v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Type.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link BenefitCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String type;
    private String description;
    private LicenseKeysBenefitPropertiesParams licenseKeys;
    private MeterCreditBenefitPropertiesParams meterCredit;
    private CustomBenefitPropertiesParams custom;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * The kind of benefit.
     */
    public Builder type(Type value) {
      this.type = Type.wire(value);
      return this;
    }

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
    public BenefitCreateParams build() {
      if (type == null) {
        throw new IllegalStateException("BenefitCreateParams.type is required: call type(…)");
      }
      if (description == null) {
        throw new IllegalStateException("BenefitCreateParams.description is required: call description(…)");
      }
      return new BenefitCreateParams(this);
    }
  }
}
