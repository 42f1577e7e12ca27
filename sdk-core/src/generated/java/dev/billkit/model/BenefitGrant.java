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
 * A benefit given to a customer by a subscription or a one-time purchase.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class BenefitGrant {
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

  @Json(name = "benefit_type")
  private final String benefitType;

  @Json(name = "subscription")
  private final String subscription;

  @Json(name = "invoice")
  private final String invoice;

  @Json(name = "is_granted")
  private final Boolean isGranted;

  @Json(name = "is_revoked")
  private final Boolean isRevoked;

  @Json(name = "granted_at")
  private final Instant grantedAt;

  @Json(name = "revoked_at")
  private final Instant revokedAt;

  @Json(name = "license_key")
  private final String licenseKey;

  private BenefitGrant(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.customer = b.customer;
    this.benefit = b.benefit;
    this.benefitType = b.benefitType;
    this.subscription = b.subscription;
    this.invoice = b.invoice;
    this.isGranted = b.isGranted;
    this.isRevoked = b.isRevoked;
    this.grantedAt = b.grantedAt;
    this.revokedAt = b.revokedAt;
    this.licenseKey = b.licenseKey;
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
    b.benefitType = benefitType;
    b.subscription = subscription;
    b.invoice = invoice;
    b.isGranted = isGranted;
    b.isRevoked = isRevoked;
    b.grantedAt = grantedAt;
    b.revokedAt = revokedAt;
    b.licenseKey = licenseKey;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code bgr_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code benefit_grant}.
   */
  public String object() {
    return object;
  }

  /**
   * When the grant was created.
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
   * The customer (prefixed {@code cus_}).
   */
  public String customer() {
    return customer;
  }

  /**
   * The benefit (prefixed {@code ben_}).
   */
  public String benefit() {
    return benefit;
  }

  /**
   * The benefit's {@code type}.
   */
  public BenefitType benefitType() {
    return BenefitType.fromValue(benefitType);
  }

  /** The raw {@code benefit_type} string, kept even when this SDK does not know the value. */
  public String benefitTypeValue() {
    return benefitType;
  }

  /**
   * The subscription (prefixed {@code sub_}) that granted it, if any.
   */
  public Optional<String> subscription() {
    return Optional.ofNullable(subscription);
  }

  /**
   * The invoice (prefixed {@code in_}) of the one-time purchase that granted it, if any.
   */
  public Optional<String> invoice() {
    return Optional.ofNullable(invoice);
  }

  /**
   * Whether the customer has it now.
   */
  public Boolean isGranted() {
    return isGranted;
  }

  /**
   * Whether it was revoked.
   */
  public Boolean isRevoked() {
    return isRevoked;
  }

  /**
   * When it was granted.
   */
  public Optional<Instant> grantedAt() {
    return Optional.ofNullable(grantedAt);
  }

  /**
   * When it was revoked.
   */
  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  /**
   * For {@code license_keys} benefits, the issued license key (prefixed {@code lk_}).
   */
  public Optional<String> licenseKey() {
    return Optional.ofNullable(licenseKey);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BenefitGrant)) {
      return false;
    }
    BenefitGrant that = (BenefitGrant) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(customer, that.customer)
        && Objects.equals(benefit, that.benefit)
        && Objects.equals(benefitType, that.benefitType)
        && Objects.equals(subscription, that.subscription)
        && Objects.equals(invoice, that.invoice)
        && Objects.equals(isGranted, that.isGranted)
        && Objects.equals(isRevoked, that.isRevoked)
        && Objects.equals(grantedAt, that.grantedAt)
        && Objects.equals(revokedAt, that.revokedAt)
        && Objects.equals(licenseKey, that.licenseKey);
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
        benefitType,
        subscription,
        invoice,
        isGranted,
        isRevoked,
        grantedAt,
        revokedAt,
        licenseKey);
  }

  @Override
  public String toString() {
    return "BenefitGrant{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", customer=" + customer
        + ", benefit=" + benefit
        + ", benefitType=" + benefitType
        + ", subscription=" + subscription
        + ", invoice=" + invoice
        + ", isGranted=" + isGranted
        + ", isRevoked=" + isRevoked
        + ", grantedAt=" + grantedAt
        + ", revokedAt=" + revokedAt
        + ", licenseKey=" + licenseKey
        + "}";
  }

  /**
   * Values of {@code benefit_type}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum BenefitType {
    LICENSE_KEYS("license_keys"),
    FEATURE_FLAG("feature_flag"),
    METER_CREDIT("meter_credit"),
    CUSTOM("custom"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    BenefitType(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "license_keys"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static BenefitType fromValue(String value) {
      for (BenefitType c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(BenefitType v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "BenefitType.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link BenefitGrant}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private String customer;
    private String benefit;
    private String benefitType;
    private String subscription;
    private String invoice;
    private Boolean isGranted;
    private Boolean isRevoked;
    private Instant grantedAt;
    private Instant revokedAt;
    private String licenseKey;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code bgr_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code benefit_grant}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the grant was created.
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
     * The customer (prefixed {@code cus_}).
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * The benefit (prefixed {@code ben_}).
     */
    public Builder benefit(String value) {
      this.benefit = value;
      return this;
    }

    /**
     * The benefit's {@code type}.
     */
    public Builder benefitType(BenefitType value) {
      this.benefitType = BenefitType.wire(value);
      return this;
    }

    /**
     * The subscription (prefixed {@code sub_}) that granted it, if any.
     */
    public Builder subscription(String value) {
      this.subscription = value;
      return this;
    }

    /**
     * The invoice (prefixed {@code in_}) of the one-time purchase that granted it, if any.
     */
    public Builder invoice(String value) {
      this.invoice = value;
      return this;
    }

    /**
     * Whether the customer has it now.
     */
    public Builder isGranted(Boolean value) {
      this.isGranted = value;
      return this;
    }

    /**
     * Whether it was revoked.
     */
    public Builder isRevoked(Boolean value) {
      this.isRevoked = value;
      return this;
    }

    /**
     * When it was granted.
     */
    public Builder grantedAt(Instant value) {
      this.grantedAt = value;
      return this;
    }

    /**
     * When it was revoked.
     */
    public Builder revokedAt(Instant value) {
      this.revokedAt = value;
      return this;
    }

    /**
     * For {@code license_keys} benefits, the issued license key (prefixed {@code lk_}).
     */
    public Builder licenseKey(String value) {
      this.licenseKey = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public BenefitGrant build() {
      return new BenefitGrant(this);
    }
  }
}
