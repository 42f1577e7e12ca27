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
 * Settings of a {@code license_keys} benefit.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class LicenseKeysBenefitProperties {
  @Json(name = "prefix")
  private final String prefix;

  @Json(name = "limit_activations")
  private final Integer limitActivations;

  @Json(name = "limit_usage")
  private final Integer limitUsage;

  @Json(name = "expires_in_days")
  private final Integer expiresInDays;

  private LicenseKeysBenefitProperties(Builder b) {
    this.prefix = b.prefix;
    this.limitActivations = b.limitActivations;
    this.limitUsage = b.limitUsage;
    this.expiresInDays = b.expiresInDays;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.prefix = prefix;
    b.limitActivations = limitActivations;
    b.limitUsage = limitUsage;
    b.expiresInDays = expiresInDays;
    return b;
  }

  /**
   * Prefix of generated keys, for example {@code PRO}.
   */
  public Optional<String> prefix() {
    return Optional.ofNullable(prefix);
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
   * Days after the grant when a key expires; null for never.
   */
  public Optional<Integer> expiresInDays() {
    return Optional.ofNullable(expiresInDays);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LicenseKeysBenefitProperties)) {
      return false;
    }
    LicenseKeysBenefitProperties that = (LicenseKeysBenefitProperties) o;
    return Objects.equals(prefix, that.prefix)
        && Objects.equals(limitActivations, that.limitActivations)
        && Objects.equals(limitUsage, that.limitUsage)
        && Objects.equals(expiresInDays, that.expiresInDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        prefix,
        limitActivations,
        limitUsage,
        expiresInDays);
  }

  @Override
  public String toString() {
    return "LicenseKeysBenefitProperties{"
        + "prefix=" + prefix
        + ", limitActivations=" + limitActivations
        + ", limitUsage=" + limitUsage
        + ", expiresInDays=" + expiresInDays
        + "}";
  }

  /** Builder for {@link LicenseKeysBenefitProperties}. Mutable and not thread-safe. */
  public static final class Builder {
    private String prefix;
    private Integer limitActivations;
    private Integer limitUsage;
    private Integer expiresInDays;


    private Builder() {}

    /**
     * Prefix of generated keys, for example {@code PRO}.
     */
    public Builder prefix(String value) {
      this.prefix = value;
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
     * Days after the grant when a key expires; null for never.
     */
    public Builder expiresInDays(Integer value) {
      this.expiresInDays = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public LicenseKeysBenefitProperties build() {
      return new LicenseKeysBenefitProperties(this);
    }
  }
}
