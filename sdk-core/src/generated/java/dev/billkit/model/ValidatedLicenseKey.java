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
 * The answer to a successful validation.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class ValidatedLicenseKey {
  @Json(name = "object")
  private final String object;

  @Json(name = "license_key")
  private final LicenseKey licenseKey;

  @Json(name = "activation")
  private final LicenseKeyActivation activation;

  private ValidatedLicenseKey(Builder b) {
    this.object = b.object;
    this.licenseKey = b.licenseKey;
    this.activation = b.activation;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.object = object;
    b.licenseKey = licenseKey;
    b.activation = activation;
    return b;
  }

  /**
   * Always {@code validated_license_key}.
   */
  public String object() {
    return object;
  }

  /**
   * The {@code license_key} field.
   */
  public LicenseKey licenseKey() {
    return licenseKey;
  }

  /**
   * The activation named by {@code activation_id}, if one was given.
   */
  public Optional<LicenseKeyActivation> activation() {
    return Optional.ofNullable(activation);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ValidatedLicenseKey)) {
      return false;
    }
    ValidatedLicenseKey that = (ValidatedLicenseKey) o;
    return Objects.equals(object, that.object)
        && Objects.equals(licenseKey, that.licenseKey)
        && Objects.equals(activation, that.activation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        object,
        licenseKey,
        activation);
  }

  @Override
  public String toString() {
    return "ValidatedLicenseKey{"
        + "object=" + object
        + ", licenseKey=" + licenseKey
        + ", activation=" + activation
        + "}";
  }

  /** Builder for {@link ValidatedLicenseKey}. Mutable and not thread-safe. */
  public static final class Builder {
    private String object;
    private LicenseKey licenseKey;
    private LicenseKeyActivation activation;


    private Builder() {}

    /**
     * Always {@code validated_license_key}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * Sets {@code license_key}.
     */
    public Builder licenseKey(LicenseKey value) {
      this.licenseKey = value;
      return this;
    }

    /**
     * The activation named by {@code activation_id}, if one was given.
     */
    public Builder activation(LicenseKeyActivation value) {
      this.activation = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public ValidatedLicenseKey build() {
      return new ValidatedLicenseKey(this);
    }
  }
}
