// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import dev.billkit.internal.json.ExplicitNulls;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters to update a license key.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class LicenseKeyUpdateParams implements ExplicitNulls {
  @Json(name = "status")
  private final String status;

  @Json(name = "usage")
  private final Long usage;

  @Json(name = "limit_activations")
  private final Integer limitActivations;

  @Json(name = "limit_usage")
  private final Long limitUsage;

  @Json(name = "expires_at")
  private final Instant expiresAt;

  private final transient Set<String> explicitNulls;

  private LicenseKeyUpdateParams(Builder b) {
    this.explicitNulls = Collections.unmodifiableSet(new LinkedHashSet<>(b.explicitNulls));
    this.status = b.status;
    this.usage = b.usage;
    this.limitActivations = b.limitActivations;
    this.limitUsage = b.limitUsage;
    this.expiresAt = b.expiresAt;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.explicitNulls.addAll(explicitNulls);
    b.status = status;
    b.usage = usage;
    b.limitActivations = limitActivations;
    b.limitUsage = limitUsage;
    b.expiresAt = expiresAt;
    return b;
  }

  /**
   * {@code disabled} to disable, {@code granted} to enable again. A {@code revoked} key can't
   * change.
   */
  public Optional<Status> status() {
    return Optional.ofNullable(status).map(Status::fromValue);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public Optional<String> statusValue() {
    return Optional.ofNullable(status);
  }

  /**
   * Set the usage counter.
   */
  public Optional<Long> usage() {
    return Optional.ofNullable(usage);
  }

  /**
   * New activation limit; null for none. Can't go below the current number of activations.
   */
  public Optional<Integer> limitActivations() {
    return Optional.ofNullable(limitActivations);
  }

  /**
   * New usage limit; null for none.
   */
  public Optional<Long> limitUsage() {
    return Optional.ofNullable(limitUsage);
  }

  /**
   * New expiry; null for never.
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /**
   * JSON names of the fields this object sends as {@code null} (set with the builder's {@code
   * clear…()} methods). Used by the client when encoding; not needed by callers.
   */
  @Override
  public Set<String> explicitNulls() {
    return explicitNulls;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LicenseKeyUpdateParams)) {
      return false;
    }
    LicenseKeyUpdateParams that = (LicenseKeyUpdateParams) o;
    return Objects.equals(status, that.status)
        && Objects.equals(usage, that.usage)
        && Objects.equals(limitActivations, that.limitActivations)
        && Objects.equals(limitUsage, that.limitUsage)
        && Objects.equals(expiresAt, that.expiresAt)
        && explicitNulls.equals(that.explicitNulls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        status,
        usage,
        limitActivations,
        limitUsage,
        expiresAt,
        explicitNulls);
  }

  @Override
  public String toString() {
    return "LicenseKeyUpdateParams{"
        + "status=" + status
        + ", usage=" + usage
        + ", limitActivations=" + limitActivations
        + ", limitUsage=" + limitUsage
        + ", expiresAt=" + expiresAt
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    GRANTED("granted"),
    DISABLED("disabled"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "granted"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Status fromValue(String value) {
      for (Status c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Status v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Status.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link LicenseKeyUpdateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String status;
    private Long usage;
    private Integer limitActivations;
    private Long limitUsage;
    private Instant expiresAt;

    private final Set<String> explicitNulls = new LinkedHashSet<>();

    private Builder() {}

    /**
     * {@code disabled} to disable, {@code granted} to enable again. A {@code revoked} key can't
     * change.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * Set the usage counter.
     */
    public Builder usage(Long value) {
      this.usage = value;
      return this;
    }

    /**
     * New activation limit; null for none. Can't go below the current number of activations.
     */
    public Builder limitActivations(Integer value) {
      this.limitActivations = value;
      explicitNulls.remove("limit_activations");
      return this;
    }

    /** Sends {@code "limit_activations": null}, which clears the field on the server. */
    public Builder clearLimitActivations() {
      this.limitActivations = null;
      explicitNulls.add("limit_activations");
      return this;
    }

    /**
     * New usage limit; null for none.
     */
    public Builder limitUsage(Long value) {
      this.limitUsage = value;
      explicitNulls.remove("limit_usage");
      return this;
    }

    /** Sends {@code "limit_usage": null}, which clears the field on the server. */
    public Builder clearLimitUsage() {
      this.limitUsage = null;
      explicitNulls.add("limit_usage");
      return this;
    }

    /**
     * New expiry; null for never.
     */
    public Builder expiresAt(Instant value) {
      this.expiresAt = value;
      explicitNulls.remove("expires_at");
      return this;
    }

    /** Sends {@code "expires_at": null}, which clears the field on the server. */
    public Builder clearExpiresAt() {
      this.expiresAt = null;
      explicitNulls.add("expires_at");
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public LicenseKeyUpdateParams build() {
      return new LicenseKeyUpdateParams(this);
    }
  }
}
