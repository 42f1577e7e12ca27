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
 * Something a buyer gets with a product: license keys, a feature flag, meter credits or a
 * custom note. Benefits are granted when a purchase is paid and revoked when the subscription
 * ends or a refund revokes them.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Benefit {
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

  @Json(name = "type")
  private final String type;

  @Json(name = "description")
  private final String description;

  @Json(name = "license_keys")
  private final LicenseKeysBenefitProperties licenseKeys;

  @Json(name = "meter_credit")
  private final MeterCreditBenefitProperties meterCredit;

  @Json(name = "custom")
  private final CustomBenefitProperties custom;

  private Benefit(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.type = b.type;
    this.description = b.description;
    this.licenseKeys = b.licenseKeys;
    this.meterCredit = b.meterCredit;
    this.custom = b.custom;
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
    b.type = type;
    b.description = description;
    b.licenseKeys = licenseKeys;
    b.meterCredit = meterCredit;
    b.custom = custom;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code ben_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code benefit}.
   */
  public String object() {
    return object;
  }

  /**
   * When the benefit was created.
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
   * - {@code license_keys}: each grant issues a license key (settings in {@code
   * license_keys}). - {@code feature_flag}: a grant is the flag; read it from the customer
   * state. - {@code meter_credit}: each grant credits units on a meter (settings in {@code
   * meter_credit}). - {@code custom}: a note shown to the customer (settings in {@code
   * custom}).
   */
  public Type type() {
    return Type.fromValue(type);
  }

  /** The raw {@code type} string, kept even when this SDK does not know the value. */
  public String typeValue() {
    return type;
  }

  /**
   * What the customer gets, shown to them.
   */
  public String description() {
    return description;
  }

  /**
   * Set for {@code license_keys} benefits.
   */
  public Optional<LicenseKeysBenefitProperties> licenseKeys() {
    return Optional.ofNullable(licenseKeys);
  }

  /**
   * Set for {@code meter_credit} benefits.
   */
  public Optional<MeterCreditBenefitProperties> meterCredit() {
    return Optional.ofNullable(meterCredit);
  }

  /**
   * Set for {@code custom} benefits.
   */
  public Optional<CustomBenefitProperties> custom() {
    return Optional.ofNullable(custom);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Benefit)) {
      return false;
    }
    Benefit that = (Benefit) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(type, that.type)
        && Objects.equals(description, that.description)
        && Objects.equals(licenseKeys, that.licenseKeys)
        && Objects.equals(meterCredit, that.meterCredit)
        && Objects.equals(custom, that.custom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        type,
        description,
        licenseKeys,
        meterCredit,
        custom);
  }

  @Override
  public String toString() {
    return "Benefit{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", type=" + type
        + ", description=" + description
        + ", licenseKeys=" + licenseKeys
        + ", meterCredit=" + meterCredit
        + ", custom=" + custom
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

  /** Builder for {@link Benefit}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String type;
    private String description;
    private LicenseKeysBenefitProperties licenseKeys;
    private MeterCreditBenefitProperties meterCredit;
    private CustomBenefitProperties custom;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code ben_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code benefit}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the benefit was created.
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
     * - {@code license_keys}: each grant issues a license key (settings in {@code
     * license_keys}). - {@code feature_flag}: a grant is the flag; read it from the customer
     * state. - {@code meter_credit}: each grant credits units on a meter (settings in {@code
     * meter_credit}). - {@code custom}: a note shown to the customer (settings in {@code
     * custom}).
     */
    public Builder type(Type value) {
      this.type = Type.wire(value);
      return this;
    }

    /**
     * What the customer gets, shown to them.
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Set for {@code license_keys} benefits.
     */
    public Builder licenseKeys(LicenseKeysBenefitProperties value) {
      this.licenseKeys = value;
      return this;
    }

    /**
     * Set for {@code meter_credit} benefits.
     */
    public Builder meterCredit(MeterCreditBenefitProperties value) {
      this.meterCredit = value;
      return this;
    }

    /**
     * Set for {@code custom} benefits.
     */
    public Builder custom(CustomBenefitProperties value) {
      this.custom = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Benefit build() {
      return new Benefit(this);
    }
  }
}
