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
 * Parameters to create a checkout session. Give at most one of {@code customer} and {@code
 * external_customer_id}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class CheckoutSessionCreateParams {
  @Json(name = "price")
  private final String price;

  @Json(name = "amount")
  private final Long amount;

  @Json(name = "customer")
  private final String customer;

  @Json(name = "customer_email")
  private final String customerEmail;

  @Json(name = "external_customer_id")
  private final String externalCustomerId;

  @Json(name = "success_url")
  private final String successUrl;

  @Json(name = "trial_period_days")
  private final Integer trialPeriodDays;

  @Json(name = "expires_at")
  private final Instant expiresAt;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private CheckoutSessionCreateParams(Builder b) {
    this.price = b.price;
    this.amount = b.amount;
    this.customer = b.customer;
    this.customerEmail = b.customerEmail;
    this.externalCustomerId = b.externalCustomerId;
    this.successUrl = b.successUrl;
    this.trialPeriodDays = b.trialPeriodDays;
    this.expiresAt = b.expiresAt;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.price = price;
    b.amount = amount;
    b.customer = customer;
    b.customerEmail = customerEmail;
    b.externalCustomerId = externalCustomerId;
    b.successUrl = successUrl;
    b.trialPeriodDays = trialPeriodDays;
    b.expiresAt = expiresAt;
    b.metadata = metadata;
    return b;
  }

  /**
   * The price (prefixed {@code price_}) to buy; it and its product must not be archived.
   */
  public String price() {
    return price;
  }

  /**
   * For a {@code custom} price, the amount the buyer pays (defaults to its {@code
   * preset_amount} or {@code minimum_amount}). Not allowed for other prices.
   */
  public Optional<Long> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * An existing customer (prefixed {@code cus_}) who is buying.
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * Prefills the buyer's email.
   */
  public Optional<String> customerEmail() {
    return Optional.ofNullable(customerEmail);
  }

  /**
   * Your id for the buyer (see the {@code external_customer_id} field).
   */
  public Optional<String> externalCustomerId() {
    return Optional.ofNullable(externalCustomerId);
  }

  /**
   * Where to send the buyer after paying.
   */
  public Optional<String> successUrl() {
    return Optional.ofNullable(successUrl);
  }

  /**
   * Overrides the product's trial. Only for recurring prices.
   */
  public Optional<Integer> trialPeriodDays() {
    return Optional.ofNullable(trialPeriodDays);
  }

  /**
   * When the session expires; between 30 minutes and 24 hours from now. Defaults to 24 hours.
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
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
    if (!(o instanceof CheckoutSessionCreateParams)) {
      return false;
    }
    CheckoutSessionCreateParams that = (CheckoutSessionCreateParams) o;
    return Objects.equals(price, that.price)
        && Objects.equals(amount, that.amount)
        && Objects.equals(customer, that.customer)
        && Objects.equals(customerEmail, that.customerEmail)
        && Objects.equals(externalCustomerId, that.externalCustomerId)
        && Objects.equals(successUrl, that.successUrl)
        && Objects.equals(trialPeriodDays, that.trialPeriodDays)
        && Objects.equals(expiresAt, that.expiresAt)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        price,
        amount,
        customer,
        customerEmail,
        externalCustomerId,
        successUrl,
        trialPeriodDays,
        expiresAt,
        metadata);
  }

  @Override
  public String toString() {
    return "CheckoutSessionCreateParams{"
        + "price=" + price
        + ", amount=" + amount
        + ", customer=" + customer
        + ", customerEmail=" + customerEmail
        + ", externalCustomerId=" + externalCustomerId
        + ", successUrl=" + successUrl
        + ", trialPeriodDays=" + trialPeriodDays
        + ", expiresAt=" + expiresAt
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link CheckoutSessionCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String price;
    private Long amount;
    private String customer;
    private String customerEmail;
    private String externalCustomerId;
    private String successUrl;
    private Integer trialPeriodDays;
    private Instant expiresAt;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * The price (prefixed {@code price_}) to buy; it and its product must not be archived.
     */
    public Builder price(String value) {
      this.price = value;
      return this;
    }

    /**
     * For a {@code custom} price, the amount the buyer pays (defaults to its {@code
     * preset_amount} or {@code minimum_amount}). Not allowed for other prices.
     */
    public Builder amount(Long value) {
      this.amount = value;
      return this;
    }

    /**
     * An existing customer (prefixed {@code cus_}) who is buying.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * Prefills the buyer's email.
     */
    public Builder customerEmail(String value) {
      this.customerEmail = value;
      return this;
    }

    /**
     * Your id for the buyer (see the {@code external_customer_id} field).
     */
    public Builder externalCustomerId(String value) {
      this.externalCustomerId = value;
      return this;
    }

    /**
     * Where to send the buyer after paying.
     */
    public Builder successUrl(String value) {
      this.successUrl = value;
      return this;
    }

    /**
     * Overrides the product's trial. Only for recurring prices.
     */
    public Builder trialPeriodDays(Integer value) {
      this.trialPeriodDays = value;
      return this;
    }

    /**
     * When the session expires; between 30 minutes and 24 hours from now. Defaults to 24 hours.
     */
    public Builder expiresAt(Instant value) {
      this.expiresAt = value;
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
    public CheckoutSessionCreateParams build() {
      if (price == null) {
        throw new IllegalStateException("CheckoutSessionCreateParams.price is required: call price(…)");
      }
      return new CheckoutSessionCreateParams(this);
    }
  }
}
