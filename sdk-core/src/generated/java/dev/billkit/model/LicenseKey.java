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
 * A key issued by a {@code license_keys} benefit grant. Your app validates and activates it
 * with the key string.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class LicenseKey {
  @Json(name = "id")
  private final String id;

  @Json(name = "object")
  private final String object;

  @Json(name = "created_at")
  private final Instant createdAt;

  @Json(name = "livemode")
  private final Boolean livemode;

  @Json(name = "customer")
  private final String customer;

  @Json(name = "benefit")
  private final String benefit;

  @Json(name = "key")
  private final String key;

  @Json(name = "display_key")
  private final String displayKey;

  @Json(name = "status")
  private final String status;

  @Json(name = "limit_activations")
  private final Integer limitActivations;

  @Json(name = "activations")
  private final List<LicenseKeyActivation> activations;

  @Json(name = "usage")
  private final Long usage;

  @Json(name = "limit_usage")
  private final Long limitUsage;

  @Json(name = "validations")
  private final Long validations;

  @Json(name = "last_validated_at")
  private final Instant lastValidatedAt;

  @Json(name = "expires_at")
  private final Instant expiresAt;

  private LicenseKey(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.customer = b.customer;
    this.benefit = b.benefit;
    this.key = b.key;
    this.displayKey = b.displayKey;
    this.status = b.status;
    this.limitActivations = b.limitActivations;
    this.activations = b.activations == null ? null : List.copyOf(b.activations);
    this.usage = b.usage;
    this.limitUsage = b.limitUsage;
    this.validations = b.validations;
    this.lastValidatedAt = b.lastValidatedAt;
    this.expiresAt = b.expiresAt;
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
    b.customer = customer;
    b.benefit = benefit;
    b.key = key;
    b.displayKey = displayKey;
    b.status = status;
    b.limitActivations = limitActivations;
    b.activations = activations;
    b.usage = usage;
    b.limitUsage = limitUsage;
    b.validations = validations;
    b.lastValidatedAt = lastValidatedAt;
    b.expiresAt = expiresAt;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code lk_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code license_key}.
   */
  public String object() {
    return object;
  }

  /**
   * When the key was issued.
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
   * The customer (prefixed {@code cus_}) who owns it.
   */
  public String customer() {
    return customer;
  }

  /**
   * The benefit (prefixed {@code ben_}) that issued it.
   */
  public String benefit() {
    return benefit;
  }

  /**
   * The full key string. Treat it as a secret.
   */
  public String key() {
    return key;
  }

  /**
   * The key with all but the last 6 characters masked, safe to show and log.
   */
  public String displayKey() {
    return displayKey;
  }

  /**
   * - {@code granted}: valid. - {@code revoked}: its benefit grant was revoked. Terminal. -
   * {@code disabled}: disabled by you; can be granted again.
   */
  public Status status() {
    return Status.fromValue(status);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public String statusValue() {
    return status;
  }

  /**
   * How many activations are allowed; null for no limit.
   */
  public Optional<Integer> limitActivations() {
    return Optional.ofNullable(limitActivations);
  }

  /**
   * The current activations.
   */
  public List<LicenseKeyActivation> activations() {
    return activations == null ? List.of() : Collections.unmodifiableList(activations);
  }

  /**
   * Usage counted by validations with {@code increment_usage}.
   */
  public Long usage() {
    return usage;
  }

  /**
   * How much usage is allowed; null for no limit.
   */
  public Optional<Long> limitUsage() {
    return Optional.ofNullable(limitUsage);
  }

  /**
   * How many successful validations there were.
   */
  public Long validations() {
    return validations;
  }

  /**
   * When it was last validated.
   */
  public Optional<Instant> lastValidatedAt() {
    return Optional.ofNullable(lastValidatedAt);
  }

  /**
   * When it expires; null for never.
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LicenseKey)) {
      return false;
    }
    LicenseKey that = (LicenseKey) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(customer, that.customer)
        && Objects.equals(benefit, that.benefit)
        && Objects.equals(key, that.key)
        && Objects.equals(displayKey, that.displayKey)
        && Objects.equals(status, that.status)
        && Objects.equals(limitActivations, that.limitActivations)
        && Objects.equals(activations, that.activations)
        && Objects.equals(usage, that.usage)
        && Objects.equals(limitUsage, that.limitUsage)
        && Objects.equals(validations, that.validations)
        && Objects.equals(lastValidatedAt, that.lastValidatedAt)
        && Objects.equals(expiresAt, that.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        customer,
        benefit,
        key,
        displayKey,
        status,
        limitActivations,
        activations,
        usage,
        limitUsage,
        validations,
        lastValidatedAt,
        expiresAt);
  }

  @Override
  public String toString() {
    return "LicenseKey{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", customer=" + customer
        + ", benefit=" + benefit
        + ", key=" + (key == null ? "null" : "<redacted>")
        + ", displayKey=" + displayKey
        + ", status=" + status
        + ", limitActivations=" + limitActivations
        + ", activations=" + activations
        + ", usage=" + usage
        + ", limitUsage=" + limitUsage
        + ", validations=" + validations
        + ", lastValidatedAt=" + lastValidatedAt
        + ", expiresAt=" + expiresAt
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    GRANTED("granted"),
    REVOKED("revoked"),
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

  /** Builder for {@link LicenseKey}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private String customer;
    private String benefit;
    private String key;
    private String displayKey;
    private String status;
    private Integer limitActivations;
    private List<LicenseKeyActivation> activations;
    private Long usage;
    private Long limitUsage;
    private Long validations;
    private Instant lastValidatedAt;
    private Instant expiresAt;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code lk_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code license_key}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the key was issued.
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
     * The customer (prefixed {@code cus_}) who owns it.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * The benefit (prefixed {@code ben_}) that issued it.
     */
    public Builder benefit(String value) {
      this.benefit = value;
      return this;
    }

    /**
     * The full key string. Treat it as a secret.
     */
    public Builder key(String value) {
      this.key = value;
      return this;
    }

    /**
     * The key with all but the last 6 characters masked, safe to show and log.
     */
    public Builder displayKey(String value) {
      this.displayKey = value;
      return this;
    }

    /**
     * - {@code granted}: valid. - {@code revoked}: its benefit grant was revoked. Terminal. -
     * {@code disabled}: disabled by you; can be granted again.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * How many activations are allowed; null for no limit.
     */
    public Builder limitActivations(Integer value) {
      this.limitActivations = value;
      return this;
    }

    /**
     * The current activations.
     */
    public Builder activations(List<LicenseKeyActivation> value) {
      this.activations = value;
      return this;
    }

    /**
     * Usage counted by validations with {@code increment_usage}.
     */
    public Builder usage(Long value) {
      this.usage = value;
      return this;
    }

    /**
     * How much usage is allowed; null for no limit.
     */
    public Builder limitUsage(Long value) {
      this.limitUsage = value;
      return this;
    }

    /**
     * How many successful validations there were.
     */
    public Builder validations(Long value) {
      this.validations = value;
      return this;
    }

    /**
     * When it was last validated.
     */
    public Builder lastValidatedAt(Instant value) {
      this.lastValidatedAt = value;
      return this;
    }

    /**
     * When it expires; null for never.
     */
    public Builder expiresAt(Instant value) {
      this.expiresAt = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public LicenseKey build() {
      return new LicenseKey(this);
    }
  }
}
