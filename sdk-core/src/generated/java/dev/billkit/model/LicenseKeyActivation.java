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
 * One device or installation that activated a license key.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class LicenseKeyActivation {
  @Json(name = "id")
  private final String id;

  @Json(name = "object")
  private final String object;

  @Json(name = "created_at")
  private final Instant createdAt;

  @Json(name = "license_key")
  private final String licenseKey;

  @Json(name = "label")
  private final String label;

  @Json(name = "meta")
  private final Map<String, String> meta;

  private LicenseKeyActivation(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.licenseKey = b.licenseKey;
    this.label = b.label;
    this.meta = b.meta == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.meta));
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
    b.licenseKey = licenseKey;
    b.label = label;
    b.meta = meta;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code lka_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code license_key_activation}.
   */
  public String object() {
    return object;
  }

  /**
   * When it was activated.
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * The license key, prefixed {@code lk_}.
   */
  public String licenseKey() {
    return licenseKey;
  }

  /**
   * Your label for the device, for example its hostname.
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
    if (!(o instanceof LicenseKeyActivation)) {
      return false;
    }
    LicenseKeyActivation that = (LicenseKeyActivation) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(licenseKey, that.licenseKey)
        && Objects.equals(label, that.label)
        && Objects.equals(meta, that.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        licenseKey,
        label,
        meta);
  }

  @Override
  public String toString() {
    return "LicenseKeyActivation{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", licenseKey=" + licenseKey
        + ", label=" + label
        + ", meta=" + meta
        + "}";
  }

  /** Builder for {@link LicenseKeyActivation}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private String licenseKey;
    private String label;
    private Map<String, String> meta;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code lka_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code license_key_activation}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When it was activated.
     */
    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    /**
     * The license key, prefixed {@code lk_}.
     */
    public Builder licenseKey(String value) {
      this.licenseKey = value;
      return this;
    }

    /**
     * Your label for the device, for example its hostname.
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

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public LicenseKeyActivation build() {
      return new LicenseKeyActivation(this);
    }
  }
}
