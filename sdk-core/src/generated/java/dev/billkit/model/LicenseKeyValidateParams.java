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
 * Parameters to check a key from your app. An unknown key is 404 {@code resource_missing}; a
 * revoked, disabled or expired key, a wrong {@code benefit}, {@code customer} or {@code
 * activation_id}, or usage over the limit is 400 {@code license_key_invalid} (or {@code
 * license_key_usage_limit_reached}) with a message saying which.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class LicenseKeyValidateParams {
  @Json(name = "key")
  private final String key;

  @Json(name = "benefit")
  private final String benefit;

  @Json(name = "customer")
  private final String customer;

  @Json(name = "activation_id")
  private final String activationId;

  @Json(name = "increment_usage")
  private final Long incrementUsage;

  private LicenseKeyValidateParams(Builder b) {
    this.key = b.key;
    this.benefit = b.benefit;
    this.customer = b.customer;
    this.activationId = b.activationId;
    this.incrementUsage = b.incrementUsage;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.key = key;
    b.benefit = benefit;
    b.customer = customer;
    b.activationId = activationId;
    b.incrementUsage = incrementUsage;
    return b;
  }

  /**
   * The key string.
   */
  public String key() {
    return key;
  }

  /**
   * Require the key to come from this benefit (prefixed {@code ben_}).
   */
  public Optional<String> benefit() {
    return Optional.ofNullable(benefit);
  }

  /**
   * Require the key to belong to this customer (prefixed {@code cus_}).
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * Require this activation (prefixed {@code lka_}) to exist on the key.
   */
  public Optional<String> activationId() {
    return Optional.ofNullable(activationId);
  }

  /**
   * Add this much to the key's usage, if the limit allows.
   */
  public Optional<Long> incrementUsage() {
    return Optional.ofNullable(incrementUsage);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LicenseKeyValidateParams)) {
      return false;
    }
    LicenseKeyValidateParams that = (LicenseKeyValidateParams) o;
    return Objects.equals(key, that.key)
        && Objects.equals(benefit, that.benefit)
        && Objects.equals(customer, that.customer)
        && Objects.equals(activationId, that.activationId)
        && Objects.equals(incrementUsage, that.incrementUsage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        key,
        benefit,
        customer,
        activationId,
        incrementUsage);
  }

  @Override
  public String toString() {
    return "LicenseKeyValidateParams{"
        + "key=" + (key == null ? "null" : "<redacted>")
        + ", benefit=" + benefit
        + ", customer=" + customer
        + ", activationId=" + activationId
        + ", incrementUsage=" + incrementUsage
        + "}";
  }

  /** Builder for {@link LicenseKeyValidateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String key;
    private String benefit;
    private String customer;
    private String activationId;
    private Long incrementUsage;


    private Builder() {}

    /**
     * The key string.
     */
    public Builder key(String value) {
      this.key = value;
      return this;
    }

    /**
     * Require the key to come from this benefit (prefixed {@code ben_}).
     */
    public Builder benefit(String value) {
      this.benefit = value;
      return this;
    }

    /**
     * Require the key to belong to this customer (prefixed {@code cus_}).
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * Require this activation (prefixed {@code lka_}) to exist on the key.
     */
    public Builder activationId(String value) {
      this.activationId = value;
      return this;
    }

    /**
     * Add this much to the key's usage, if the limit allows.
     */
    public Builder incrementUsage(Long value) {
      this.incrementUsage = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public LicenseKeyValidateParams build() {
      if (key == null) {
        throw new IllegalStateException("LicenseKeyValidateParams.key is required: call key(…)");
      }
      return new LicenseKeyValidateParams(this);
    }
  }
}
