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
 * Parameters to remove an activation from a key.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class LicenseKeyDeactivateParams {
  @Json(name = "key")
  private final String key;

  @Json(name = "activation_id")
  private final String activationId;

  private LicenseKeyDeactivateParams(Builder b) {
    this.key = b.key;
    this.activationId = b.activationId;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.key = key;
    b.activationId = activationId;
    return b;
  }

  /**
   * The key string.
   */
  public String key() {
    return key;
  }

  /**
   * The activation (prefixed {@code lka_}) to remove.
   */
  public String activationId() {
    return activationId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LicenseKeyDeactivateParams)) {
      return false;
    }
    LicenseKeyDeactivateParams that = (LicenseKeyDeactivateParams) o;
    return Objects.equals(key, that.key)
        && Objects.equals(activationId, that.activationId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        key,
        activationId);
  }

  @Override
  public String toString() {
    return "LicenseKeyDeactivateParams{"
        + "key=" + (key == null ? "null" : "<redacted>")
        + ", activationId=" + activationId
        + "}";
  }

  /** Builder for {@link LicenseKeyDeactivateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String key;
    private String activationId;


    private Builder() {}

    /**
     * The key string.
     */
    public Builder key(String value) {
      this.key = value;
      return this;
    }

    /**
     * The activation (prefixed {@code lka_}) to remove.
     */
    public Builder activationId(String value) {
      this.activationId = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public LicenseKeyDeactivateParams build() {
      if (key == null) {
        throw new IllegalStateException("LicenseKeyDeactivateParams.key is required: call key(…)");
      }
      if (activationId == null) {
        throw new IllegalStateException("LicenseKeyDeactivateParams.activation_id is required: call activationId(…)");
      }
      return new LicenseKeyDeactivateParams(this);
    }
  }
}
