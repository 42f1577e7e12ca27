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
 * What the buyer submits to pay.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class CheckoutSessionConfirmParams {
  @Json(name = "payment_method")
  private final String paymentMethod;

  @Json(name = "customer_email")
  private final String customerEmail;

  @Json(name = "customer_name")
  private final String customerName;

  @Json(name = "billing_address")
  private final AddressParams billingAddress;

  private CheckoutSessionConfirmParams(Builder b) {
    this.paymentMethod = b.paymentMethod;
    this.customerEmail = b.customerEmail;
    this.customerName = b.customerName;
    this.billingAddress = b.billingAddress;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.paymentMethod = paymentMethod;
    b.customerEmail = customerEmail;
    b.customerName = customerName;
    b.billingAddress = billingAddress;
    return b;
  }

  /**
   * A payment method (prefixed {@code pm_}) or a test token such as {@code pm_card_visa}.
   */
  public String paymentMethod() {
    return paymentMethod;
  }

  /**
   * The buyer's email; required unless the session already has one or a customer.
   */
  public Optional<String> customerEmail() {
    return Optional.ofNullable(customerEmail);
  }

  /**
   * The buyer's name, stored on a new customer.
   */
  public Optional<String> customerName() {
    return Optional.ofNullable(customerName);
  }

  /**
   * The {@code billing_address} field.
   */
  public Optional<AddressParams> billingAddress() {
    return Optional.ofNullable(billingAddress);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CheckoutSessionConfirmParams)) {
      return false;
    }
    CheckoutSessionConfirmParams that = (CheckoutSessionConfirmParams) o;
    return Objects.equals(paymentMethod, that.paymentMethod)
        && Objects.equals(customerEmail, that.customerEmail)
        && Objects.equals(customerName, that.customerName)
        && Objects.equals(billingAddress, that.billingAddress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        paymentMethod,
        customerEmail,
        customerName,
        billingAddress);
  }

  @Override
  public String toString() {
    return "CheckoutSessionConfirmParams{"
        + "paymentMethod=" + paymentMethod
        + ", customerEmail=" + customerEmail
        + ", customerName=" + customerName
        + ", billingAddress=" + billingAddress
        + "}";
  }

  /** Builder for {@link CheckoutSessionConfirmParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String paymentMethod;
    private String customerEmail;
    private String customerName;
    private AddressParams billingAddress;


    private Builder() {}

    /**
     * A payment method (prefixed {@code pm_}) or a test token such as {@code pm_card_visa}.
     */
    public Builder paymentMethod(String value) {
      this.paymentMethod = value;
      return this;
    }

    /**
     * The buyer's email; required unless the session already has one or a customer.
     */
    public Builder customerEmail(String value) {
      this.customerEmail = value;
      return this;
    }

    /**
     * The buyer's name, stored on a new customer.
     */
    public Builder customerName(String value) {
      this.customerName = value;
      return this;
    }

    /**
     * Sets {@code billing_address}.
     */
    public Builder billingAddress(AddressParams value) {
      this.billingAddress = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public CheckoutSessionConfirmParams build() {
      if (paymentMethod == null) {
        throw new IllegalStateException("CheckoutSessionConfirmParams.payment_method is required: call paymentMethod(…)");
      }
      return new CheckoutSessionConfirmParams(this);
    }
  }
}
