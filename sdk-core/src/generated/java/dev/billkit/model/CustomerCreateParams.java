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
 * Parameters to create a customer.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class CustomerCreateParams {
  @Json(name = "email")
  private final String email;

  @Json(name = "name")
  private final String name;

  @Json(name = "external_id")
  private final String externalId;

  @Json(name = "billing_address")
  private final AddressParams billingAddress;

  @Json(name = "payment_method")
  private final String paymentMethod;

  @Json(name = "test_clock")
  private final String testClock;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private CustomerCreateParams(Builder b) {
    this.email = b.email;
    this.name = b.name;
    this.externalId = b.externalId;
    this.billingAddress = b.billingAddress;
    this.paymentMethod = b.paymentMethod;
    this.testClock = b.testClock;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.email = email;
    b.name = name;
    b.externalId = externalId;
    b.billingAddress = billingAddress;
    b.paymentMethod = paymentMethod;
    b.testClock = testClock;
    b.metadata = metadata;
    return b;
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
   * Your own id for this customer. Must be unique within the account (400 {@code
   * parameter_invalid} otherwise).
   */
  public Optional<String> externalId() {
    return Optional.ofNullable(externalId);
  }

  /**
   * The {@code billing_address} field.
   */
  public Optional<AddressParams> billingAddress() {
    return Optional.ofNullable(billingAddress);
  }

  /**
   * A payment method (prefixed {@code pm_}, or a test token such as {@code pm_card_visa}) to
   * attach and make the default.
   */
  public Optional<String> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  /**
   * A test clock (prefixed {@code clock_}) to attach the customer to. It can't be changed
   * later.
   */
  public Optional<String> testClock() {
    return Optional.ofNullable(testClock);
  }

  /**
   * The {@code metadata} field.
   */
  public Map<String, String> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CustomerCreateParams)) {
      return false;
    }
    CustomerCreateParams that = (CustomerCreateParams) o;
    return Objects.equals(email, that.email)
        && Objects.equals(name, that.name)
        && Objects.equals(externalId, that.externalId)
        && Objects.equals(billingAddress, that.billingAddress)
        && Objects.equals(paymentMethod, that.paymentMethod)
        && Objects.equals(testClock, that.testClock)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        email,
        name,
        externalId,
        billingAddress,
        paymentMethod,
        testClock,
        metadata);
  }

  @Override
  public String toString() {
    return "CustomerCreateParams{"
        + "email=" + email
        + ", name=" + name
        + ", externalId=" + externalId
        + ", billingAddress=" + billingAddress
        + ", paymentMethod=" + paymentMethod
        + ", testClock=" + testClock
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link CustomerCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String email;
    private String name;
    private String externalId;
    private AddressParams billingAddress;
    private String paymentMethod;
    private String testClock;
    private Map<String, String> metadata;


    private Builder() {}

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
     * Your own id for this customer. Must be unique within the account (400 {@code
     * parameter_invalid} otherwise).
     */
    public Builder externalId(String value) {
      this.externalId = value;
      return this;
    }

    /**
     * Sets {@code billing_address}.
     */
    public Builder billingAddress(AddressParams value) {
      this.billingAddress = value;
      return this;
    }

    /**
     * A payment method (prefixed {@code pm_}, or a test token such as {@code pm_card_visa}) to
     * attach and make the default.
     */
    public Builder paymentMethod(String value) {
      this.paymentMethod = value;
      return this;
    }

    /**
     * A test clock (prefixed {@code clock_}) to attach the customer to. It can't be changed
     * later.
     */
    public Builder testClock(String value) {
      this.testClock = value;
      return this;
    }

    /**
     * Sets {@code metadata}.
     */
    public Builder metadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public CustomerCreateParams build() {
      if (email == null) {
        throw new IllegalStateException("CustomerCreateParams.email is required: call email(…)");
      }
      return new CustomerCreateParams(this);
    }
  }
}
