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
 * Settings for a {@code license_keys} benefit. Omitted fields take their defaults (null, or
 * false for {@code rollover}).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class LicenseKeysBenefitPropertiesParams {
  @Json(name = "expires_in_days")
  private final Integer expiresInDays;

  @Json(name = "limit_activations")
  private final Integer limitActivations;

  @Json(name = "limit_usage")
  private final Integer limitUsage;

  @Json(name = "prefix")
  private final String prefix;

  private LicenseKeysBenefitPropertiesParams(Builder b) {
    this.expiresInDays = b.expiresInDays;
    this.limitActivations = b.limitActivations;
    this.limitUsage = b.limitUsage;
    this.prefix = b.prefix;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.expiresInDays = expiresInDays;
    b.limitActivations = limitActivations;
    b.limitUsage = limitUsage;
    b.prefix = prefix;
    return b;
  }

  /**
   * Days after the grant when a key expires; null for never.
   */
  public Optional<Integer> expiresInDays() {
    return Optional.ofNullable(expiresInDays);
  }

  /**
   * How many activations a key allows; null for no limit.
   */
  public Optional<Integer> limitActivations() {
    return Optional.ofNullable(limitActivations);
  }

  /**
   * How much usage a key allows; null for no limit.
   */
  public Optional<Integer> limitUsage() {
    return Optional.ofNullable(limitUsage);
  }

  /**
   * Prefix of generated keys, for example {@code PRO}.
   */
  public Optional<String> prefix() {
    return Optional.ofNullable(prefix);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LicenseKeysBenefitPropertiesParams)) {
      return false;
    }
    LicenseKeysBenefitPropertiesParams that = (LicenseKeysBenefitPropertiesParams) o;
    return Objects.equals(expiresInDays, that.expiresInDays)
        && Objects.equals(limitActivations, that.limitActivations)
        && Objects.equals(limitUsage, that.limitUsage)
        && Objects.equals(prefix, that.prefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        expiresInDays,
        limitActivations,
        limitUsage,
        prefix);
  }

  @Override
  public String toString() {
    return "LicenseKeysBenefitPropertiesParams{"
        + "expiresInDays=" + expiresInDays
        + ", limitActivations=" + limitActivations
        + ", limitUsage=" + limitUsage
        + ", prefix=" + prefix
        + "}";
  }

  /** Builder for {@link LicenseKeysBenefitPropertiesParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Integer expiresInDays;
    private Integer limitActivations;
    private Integer limitUsage;
    private String prefix;


    private Builder() {}

    /**
     * Days after the grant when a key expires; null for never.
     */
    public Builder expiresInDays(Integer value) {
      this.expiresInDays = value;
      return this;
    }

    /**
     * How many activations a key allows; null for no limit.
     */
    public Builder limitActivations(Integer value) {
      this.limitActivations = value;
      return this;
    }

    /**
     * How much usage a key allows; null for no limit.
     */
    public Builder limitUsage(Integer value) {
      this.limitUsage = value;
      return this;
    }

    /**
     * Prefix of generated keys, for example {@code PRO}.
     */
    public Builder prefix(String value) {
      this.prefix = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public LicenseKeysBenefitPropertiesParams build() {
      return new LicenseKeysBenefitPropertiesParams(this);
    }
  }
}
