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
 * Parameters to attach a payment method to a customer.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class PaymentMethodAttachParams {
  @Json(name = "customer")
  private final String customer;

  @Json(name = "set_as_default")
  private final Boolean setAsDefault;

  private PaymentMethodAttachParams(Builder b) {
    this.customer = b.customer;
    this.setAsDefault = b.setAsDefault;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.customer = customer;
    b.setAsDefault = setAsDefault;
    return b;
  }

  /**
   * The customer (prefixed {@code cus_}).
   */
  public String customer() {
    return customer;
  }

  /**
   * Also make it the customer's {@code default_payment_method}. Defaults to false, except that
   * a customer's first payment method always becomes the default.
   */
  public Optional<Boolean> setAsDefault() {
    return Optional.ofNullable(setAsDefault);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaymentMethodAttachParams)) {
      return false;
    }
    PaymentMethodAttachParams that = (PaymentMethodAttachParams) o;
    return Objects.equals(customer, that.customer)
        && Objects.equals(setAsDefault, that.setAsDefault);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        customer,
        setAsDefault);
  }

  @Override
  public String toString() {
    return "PaymentMethodAttachParams{"
        + "customer=" + customer
        + ", setAsDefault=" + setAsDefault
        + "}";
  }

  /** Builder for {@link PaymentMethodAttachParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String customer;
    private Boolean setAsDefault;


    private Builder() {}

    /**
     * The customer (prefixed {@code cus_}).
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * Also make it the customer's {@code default_payment_method}. Defaults to false, except that
     * a customer's first payment method always becomes the default.
     */
    public Builder setAsDefault(Boolean value) {
      this.setAsDefault = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public PaymentMethodAttachParams build() {
      if (customer == null) {
        throw new IllegalStateException("PaymentMethodAttachParams.customer is required: call customer(…)");
      }
      return new PaymentMethodAttachParams(this);
    }
  }
}
