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
 * A buyer. Created directly or by a successful checkout. {@code external_id} links it to the
 * user id of your own system.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Customer {
  @Json(name = "id")
  private final String id;

  @Json(name = "object")
  private final String object;

  @Json(name = "created_at")
  private final Instant createdAt;

  @Json(name = "livemode")
  private final Boolean livemode;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  @Json(name = "email")
  private final String email;

  @Json(name = "name")
  private final String name;

  @Json(name = "external_id")
  private final String externalId;

  @Json(name = "billing_address")
  private final Address billingAddress;

  @Json(name = "default_payment_method")
  private final String defaultPaymentMethod;

  @Json(name = "test_clock")
  private final String testClock;

  private Customer(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.email = b.email;
    this.name = b.name;
    this.externalId = b.externalId;
    this.billingAddress = b.billingAddress;
    this.defaultPaymentMethod = b.defaultPaymentMethod;
    this.testClock = b.testClock;
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
    b.metadata = metadata;
    b.email = email;
    b.name = name;
    b.externalId = externalId;
    b.billingAddress = billingAddress;
    b.defaultPaymentMethod = defaultPaymentMethod;
    b.testClock = testClock;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code cus_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code customer}.
   */
  public String object() {
    return object;
  }

  /**
   * When the customer was created, by the account's (or its test clock's) time.
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
   * The {@code metadata} field.
   */
  public Map<String, String> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
  }

  /**
   * The customer's email address.
   */
  public String email() {
    return email;
  }

  /**
   * The customer's full name.
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Your own id for this customer, unique within the account. Look the customer up with
   * <code>GET /v1/customers/external/&#123;external_id&#125;</code>.
   */
  public Optional<String> externalId() {
    return Optional.ofNullable(externalId);
  }

  /**
   * The billing address, if known.
   */
  public Optional<Address> billingAddress() {
    return Optional.ofNullable(billingAddress);
  }

  /**
   * The payment method (prefixed {@code pm_}) charged for invoices and renewals unless a
   * subscription names its own.
   */
  public Optional<String> defaultPaymentMethod() {
    return Optional.ofNullable(defaultPaymentMethod);
  }

  /**
   * The test clock (prefixed {@code clock_}) this customer is attached to. Fixed at creation.
   */
  public Optional<String> testClock() {
    return Optional.ofNullable(testClock);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Customer)) {
      return false;
    }
    Customer that = (Customer) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(email, that.email)
        && Objects.equals(name, that.name)
        && Objects.equals(externalId, that.externalId)
        && Objects.equals(billingAddress, that.billingAddress)
        && Objects.equals(defaultPaymentMethod, that.defaultPaymentMethod)
        && Objects.equals(testClock, that.testClock);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        email,
        name,
        externalId,
        billingAddress,
        defaultPaymentMethod,
        testClock);
  }

  @Override
  public String toString() {
    return "Customer{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", email=" + email
        + ", name=" + name
        + ", externalId=" + externalId
        + ", billingAddress=" + billingAddress
        + ", defaultPaymentMethod=" + defaultPaymentMethod
        + ", testClock=" + testClock
        + "}";
  }

  /** Builder for {@link Customer}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String email;
    private String name;
    private String externalId;
    private Address billingAddress;
    private String defaultPaymentMethod;
    private String testClock;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code cus_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code customer}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the customer was created, by the account's (or its test clock's) time.
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
     * Sets {@code metadata}.
     */
    public Builder metadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    /**
     * The customer's email address.
     */
    public Builder email(String value) {
      this.email = value;
      return this;
    }

    /**
     * The customer's full name.
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Your own id for this customer, unique within the account. Look the customer up with
     * <code>GET /v1/customers/external/&#123;external_id&#125;</code>.
     */
    public Builder externalId(String value) {
      this.externalId = value;
      return this;
    }

    /**
     * The billing address, if known.
     */
    public Builder billingAddress(Address value) {
      this.billingAddress = value;
      return this;
    }

    /**
     * The payment method (prefixed {@code pm_}) charged for invoices and renewals unless a
     * subscription names its own.
     */
    public Builder defaultPaymentMethod(String value) {
      this.defaultPaymentMethod = value;
      return this;
    }

    /**
     * The test clock (prefixed {@code clock_}) this customer is attached to. Fixed at creation.
     */
    public Builder testClock(String value) {
      this.testClock = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Customer build() {
      return new Customer(this);
    }
  }
}
