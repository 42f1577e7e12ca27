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
 * Everything a customer is entitled to right now, in one call: the customer, their active
 * subscriptions, their granted benefits and their meter balances. A {@code
 * customer.state_changed} event carries this object whenever any part of it changes.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class CustomerState {
  @Json(name = "object")
  private final String object;

  @Json(name = "customer")
  private final Customer customer;

  @Json(name = "active_subscriptions")
  private final List<Subscription> activeSubscriptions;

  @Json(name = "granted_benefits")
  private final List<BenefitGrant> grantedBenefits;

  @Json(name = "meters")
  private final List<CustomerMeter> meters;

  private CustomerState(Builder b) {
    this.object = b.object;
    this.customer = b.customer;
    this.activeSubscriptions = b.activeSubscriptions == null ? null : List.copyOf(b.activeSubscriptions);
    this.grantedBenefits = b.grantedBenefits == null ? null : List.copyOf(b.grantedBenefits);
    this.meters = b.meters == null ? null : List.copyOf(b.meters);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.object = object;
    b.customer = customer;
    b.activeSubscriptions = activeSubscriptions;
    b.grantedBenefits = grantedBenefits;
    b.meters = meters;
    return b;
  }

  /**
   * Always {@code customer_state}.
   */
  public String object() {
    return object;
  }

  /**
   * The {@code customer} field.
   */
  public Customer customer() {
    return customer;
  }

  /**
   * Subscriptions with status {@code trialing}, {@code active} or {@code past_due}, newest
   * first.
   */
  public List<Subscription> activeSubscriptions() {
    return activeSubscriptions == null ? List.of() : Collections.unmodifiableList(activeSubscriptions);
  }

  /**
   * Benefit grants that are currently granted, newest first.
   */
  public List<BenefitGrant> grantedBenefits() {
    return grantedBenefits == null ? List.of() : Collections.unmodifiableList(grantedBenefits);
  }

  /**
   * One balance per meter the customer has usage or credits on.
   */
  public List<CustomerMeter> meters() {
    return meters == null ? List.of() : Collections.unmodifiableList(meters);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CustomerState)) {
      return false;
    }
    CustomerState that = (CustomerState) o;
    return Objects.equals(object, that.object)
        && Objects.equals(customer, that.customer)
        && Objects.equals(activeSubscriptions, that.activeSubscriptions)
        && Objects.equals(grantedBenefits, that.grantedBenefits)
        && Objects.equals(meters, that.meters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        object,
        customer,
        activeSubscriptions,
        grantedBenefits,
        meters);
  }

  @Override
  public String toString() {
    return "CustomerState{"
        + "object=" + object
        + ", customer=" + customer
        + ", activeSubscriptions=" + activeSubscriptions
        + ", grantedBenefits=" + grantedBenefits
        + ", meters=" + meters
        + "}";
  }

  /** Builder for {@link CustomerState}. Mutable and not thread-safe. */
  public static final class Builder {
    private String object;
    private Customer customer;
    private List<Subscription> activeSubscriptions;
    private List<BenefitGrant> grantedBenefits;
    private List<CustomerMeter> meters;


    private Builder() {}

    /**
     * Always {@code customer_state}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * Sets {@code customer}.
     */
    public Builder customer(Customer value) {
      this.customer = value;
      return this;
    }

    /**
     * Subscriptions with status {@code trialing}, {@code active} or {@code past_due}, newest
     * first.
     */
    public Builder activeSubscriptions(List<Subscription> value) {
      this.activeSubscriptions = value;
      return this;
    }

    /**
     * Benefit grants that are currently granted, newest first.
     */
    public Builder grantedBenefits(List<BenefitGrant> value) {
      this.grantedBenefits = value;
      return this;
    }

    /**
     * One balance per meter the customer has usage or credits on.
     */
    public Builder meters(List<CustomerMeter> value) {
      this.meters = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public CustomerState build() {
      return new CustomerState(this);
    }
  }
}
