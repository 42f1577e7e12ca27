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
 * Parameters to create a subscription. Without a trial the first invoice is charged at once:
 * on success the subscription is {@code active}; on failure it is {@code incomplete} (answered
 * with 200, not 402).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class SubscriptionCreateParams {
  @Json(name = "customer")
  private final String customer;

  @Json(name = "items")
  private final List<SubscriptionItemParams> items;

  @Json(name = "default_payment_method")
  private final String defaultPaymentMethod;

  @Json(name = "trial_period_days")
  private final Integer trialPeriodDays;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private SubscriptionCreateParams(Builder b) {
    this.customer = b.customer;
    this.items = b.items == null ? null : List.copyOf(b.items);
    this.defaultPaymentMethod = b.defaultPaymentMethod;
    this.trialPeriodDays = b.trialPeriodDays;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.customer = customer;
    b.items = items;
    b.defaultPaymentMethod = defaultPaymentMethod;
    b.trialPeriodDays = trialPeriodDays;
    b.metadata = metadata;
    return b;
  }

  /**
   * The customer (prefixed {@code cus_}).
   */
  public String customer() {
    return customer;
  }

  /**
   * The prices to bill, all recurring with the same currency and interval and not archived.
   */
  public List<SubscriptionItemParams> items() {
    return items == null ? List.of() : Collections.unmodifiableList(items);
  }

  /**
   * A payment method (prefixed {@code pm_}) attached to the customer, or a test token;
   * defaults to the customer's default.
   */
  public Optional<String> defaultPaymentMethod() {
    return Optional.ofNullable(defaultPaymentMethod);
  }

  /**
   * Overrides the product's trial; 0 for none.
   */
  public Optional<Integer> trialPeriodDays() {
    return Optional.ofNullable(trialPeriodDays);
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
    if (!(o instanceof SubscriptionCreateParams)) {
      return false;
    }
    SubscriptionCreateParams that = (SubscriptionCreateParams) o;
    return Objects.equals(customer, that.customer)
        && Objects.equals(items, that.items)
        && Objects.equals(defaultPaymentMethod, that.defaultPaymentMethod)
        && Objects.equals(trialPeriodDays, that.trialPeriodDays)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        customer,
        items,
        defaultPaymentMethod,
        trialPeriodDays,
        metadata);
  }

  @Override
  public String toString() {
    return "SubscriptionCreateParams{"
        + "customer=" + customer
        + ", items=" + items
        + ", defaultPaymentMethod=" + defaultPaymentMethod
        + ", trialPeriodDays=" + trialPeriodDays
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link SubscriptionCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String customer;
    private List<SubscriptionItemParams> items;
    private String defaultPaymentMethod;
    private Integer trialPeriodDays;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * The customer (prefixed {@code cus_}).
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * The prices to bill, all recurring with the same currency and interval and not archived.
     */
    public Builder items(List<SubscriptionItemParams> value) {
      this.items = value;
      return this;
    }

    /**
     * A payment method (prefixed {@code pm_}) attached to the customer, or a test token;
     * defaults to the customer's default.
     */
    public Builder defaultPaymentMethod(String value) {
      this.defaultPaymentMethod = value;
      return this;
    }

    /**
     * Overrides the product's trial; 0 for none.
     */
    public Builder trialPeriodDays(Integer value) {
      this.trialPeriodDays = value;
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
    public SubscriptionCreateParams build() {
      if (customer == null) {
        throw new IllegalStateException("SubscriptionCreateParams.customer is required: call customer(…)");
      }
      if (items == null) {
        throw new IllegalStateException("SubscriptionCreateParams.items is required: call items(…)");
      }
      return new SubscriptionCreateParams(this);
    }
  }
}
