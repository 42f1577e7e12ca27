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
 * Parameters to activate a key on a device. Over {@code limit_activations} gives 400 {@code
 * license_key_activation_limit_reached}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class LicenseKeyActivateParams {
  @Json(name = "key")
  private final String key;

  @Json(name = "label")
  private final String label;

  @Json(name = "meta")
  private final Map<String, String> meta;

  private LicenseKeyActivateParams(Builder b) {
    this.key = b.key;
    this.label = b.label;
    this.meta = b.meta == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.meta));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.key = key;
    b.label = label;
    b.meta = meta;
    return b;
  }

  /**
   * The key string.
   */
  public String key() {
    return key;
  }

  /**
   * Your label for the device.
   */
  public String label() {
    return label;
  }

  /**
   * Up to 50 string key/value pairs about the device.
   */
  public Map<String, String> meta() {
    return meta == null ? Map.of() : Collections.unmodifiableMap(meta);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LicenseKeyActivateParams)) {
      return false;
    }
    LicenseKeyActivateParams that = (LicenseKeyActivateParams) o;
    return Objects.equals(key, that.key)
        && Objects.equals(label, that.label)
        && Objects.equals(meta, that.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        key,
        label,
        meta);
  }

  @Override
  public String toString() {
    return "LicenseKeyActivateParams{"
        + "key=" + (key == null ? "null" : "<redacted>")
        + ", label=" + label
        + ", meta=" + meta
        + "}";
  }

  /** Builder for {@link LicenseKeyActivateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String key;
    private String label;
    private Map<String, String> meta;


    private Builder() {}

    /**
     * The key string.
     */
    public Builder key(String value) {
      this.key = value;
      return this;
    }

    /**
     * Your label for the device.
     */
    public Builder label(String value) {
      this.label = value;
      return this;
    }

    /**
     * Up to 50 string key/value pairs about the device.
     */
    public Builder meta(Map<String, String> value) {
      this.meta = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public LicenseKeyActivateParams build() {
      if (key == null) {
        throw new IllegalStateException("LicenseKeyActivateParams.key is required: call key(…)");
      }
      if (label == null) {
        throw new IllegalStateException("LicenseKeyActivateParams.label is required: call label(…)");
      }
      return new LicenseKeyActivateParams(this);
    }
  }
}
