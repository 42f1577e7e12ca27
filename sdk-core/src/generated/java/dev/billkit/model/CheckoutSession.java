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
 * A hosted purchase of one price. Your server creates it; the buyer's side confirms it with
 * the {@code client_secret}. A successful payment creates (or reuses) the customer, a paid
 * invoice and, for a recurring price, the subscription.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class CheckoutSession {
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

  @Json(name = "status")
  private final String status;

  @Json(name = "client_secret")
  private final String clientSecret;

  @Json(name = "url")
  private final String url;

  @Json(name = "expires_at")
  private final Instant expiresAt;

  @Json(name = "success_url")
  private final String successUrl;

  @Json(name = "product")
  private final String product;

  @Json(name = "price")
  private final String price;

  @Json(name = "amount")
  private final Long amount;

  @Json(name = "discount_amount")
  private final Long discountAmount;

  @Json(name = "tax_amount")
  private final Long taxAmount;

  @Json(name = "total_amount")
  private final Long totalAmount;

  @Json(name = "currency")
  private final String currency;

  @Json(name = "customer")
  private final String customer;

  @Json(name = "customer_email")
  private final String customerEmail;

  @Json(name = "external_customer_id")
  private final String externalCustomerId;

  @Json(name = "trial_period_days")
  private final Integer trialPeriodDays;

  @Json(name = "payment_method")
  private final String paymentMethod;

  @Json(name = "payment_intent")
  private final String paymentIntent;

  @Json(name = "last_payment_error")
  private final PaymentError lastPaymentError;

  @Json(name = "invoice")
  private final String invoice;

  @Json(name = "subscription")
  private final String subscription;

  @Json(name = "completed_at")
  private final Instant completedAt;

  private CheckoutSession(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.status = b.status;
    this.clientSecret = b.clientSecret;
    this.url = b.url;
    this.expiresAt = b.expiresAt;
    this.successUrl = b.successUrl;
    this.product = b.product;
    this.price = b.price;
    this.amount = b.amount;
    this.discountAmount = b.discountAmount;
    this.taxAmount = b.taxAmount;
    this.totalAmount = b.totalAmount;
    this.currency = b.currency;
    this.customer = b.customer;
    this.customerEmail = b.customerEmail;
    this.externalCustomerId = b.externalCustomerId;
    this.trialPeriodDays = b.trialPeriodDays;
    this.paymentMethod = b.paymentMethod;
    this.paymentIntent = b.paymentIntent;
    this.lastPaymentError = b.lastPaymentError;
    this.invoice = b.invoice;
    this.subscription = b.subscription;
    this.completedAt = b.completedAt;
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
    b.status = status;
    b.clientSecret = clientSecret;
    b.url = url;
    b.expiresAt = expiresAt;
    b.successUrl = successUrl;
    b.product = product;
    b.price = price;
    b.amount = amount;
    b.discountAmount = discountAmount;
    b.taxAmount = taxAmount;
    b.totalAmount = totalAmount;
    b.currency = currency;
    b.customer = customer;
    b.customerEmail = customerEmail;
    b.externalCustomerId = externalCustomerId;
    b.trialPeriodDays = trialPeriodDays;
    b.paymentMethod = paymentMethod;
    b.paymentIntent = paymentIntent;
    b.lastPaymentError = lastPaymentError;
    b.invoice = invoice;
    b.subscription = subscription;
    b.completedAt = completedAt;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code cs_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code checkout_session}.
   */
  public String object() {
    return object;
  }

  /**
   * When the session was created.
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
   * - {@code open}: waiting for the buyer to confirm; after a declined payment it is open
   * again with {@code last_payment_error}. - {@code confirmed}: the buyer confirmed and the
   * payment is in progress (for example waiting for 3D Secure). - {@code succeeded}: paid;
   * {@code customer}, {@code invoice} and (for recurring prices) {@code subscription} are set.
   * Terminal. - {@code expired}: {@code expires_at} passed or it was expired by the API before
   * payment. Terminal.
   */
  public Status status() {
    return Status.fromValue(status);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public String statusValue() {
    return status;
  }

  /**
   * The secret the buyer's side uses to read and confirm the session. Don't log it or store
   * it.
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * The hosted checkout page for this session.
   */
  public String url() {
    return url;
  }

  /**
   * When an unpaid session expires; 24 hours after creation unless set.
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Where the buyer is sent after a successful payment.
   */
  public Optional<String> successUrl() {
    return Optional.ofNullable(successUrl);
  }

  /**
   * The product (prefixed {@code prod_}) being bought.
   */
  public String product() {
    return product;
  }

  /**
   * The price (prefixed {@code price_}) being bought.
   */
  public String price() {
    return price;
  }

  /**
   * The amount before discounts and tax, in minor units. For {@code custom} prices, the
   * buyer's chosen amount.
   */
  public Long amount() {
    return amount;
  }

  /**
   * Always 0 in this version.
   */
  public Long discountAmount() {
    return discountAmount;
  }

  /**
   * Always 0 in this version (no tax engine).
   */
  public Long taxAmount() {
    return taxAmount;
  }

  /**
   * {@code amount - discount_amount + tax_amount}, charged on confirmation (0 during a trial).
   */
  public Long totalAmount() {
    return totalAmount;
  }

  /**
   * The {@code currency} field.
   */
  public String currency() {
    return currency;
  }

  /**
   * The customer (prefixed {@code cus_}), given at creation or created on success.
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * The buyer's email, given at creation or at confirmation.
   */
  public Optional<String> customerEmail() {
    return Optional.ofNullable(customerEmail);
  }

  /**
   * Your id for the buyer; the customer created on success gets it as {@code external_id}, or
   * the existing customer with that {@code external_id} is reused.
   */
  public Optional<String> externalCustomerId() {
    return Optional.ofNullable(externalCustomerId);
  }

  /**
   * The trial the subscription will get; null for none.
   */
  public Optional<Integer> trialPeriodDays() {
    return Optional.ofNullable(trialPeriodDays);
  }

  /**
   * The payment method (prefixed {@code pm_}) given at confirmation.
   */
  public Optional<String> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  /**
   * The payment intent (prefixed {@code pi_}) of the latest confirmation, if any.
   */
  public Optional<String> paymentIntent() {
    return Optional.ofNullable(paymentIntent);
  }

  /**
   * Why the latest payment failed; null after a success or before any attempt.
   */
  public Optional<PaymentError> lastPaymentError() {
    return Optional.ofNullable(lastPaymentError);
  }

  /**
   * The paid invoice (prefixed {@code in_}) once {@code succeeded}.
   */
  public Optional<String> invoice() {
    return Optional.ofNullable(invoice);
  }

  /**
   * The subscription (prefixed {@code sub_}) created on success for a recurring price.
   */
  public Optional<String> subscription() {
    return Optional.ofNullable(subscription);
  }

  /**
   * When the session succeeded.
   */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CheckoutSession)) {
      return false;
    }
    CheckoutSession that = (CheckoutSession) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(status, that.status)
        && Objects.equals(clientSecret, that.clientSecret)
        && Objects.equals(url, that.url)
        && Objects.equals(expiresAt, that.expiresAt)
        && Objects.equals(successUrl, that.successUrl)
        && Objects.equals(product, that.product)
        && Objects.equals(price, that.price)
        && Objects.equals(amount, that.amount)
        && Objects.equals(discountAmount, that.discountAmount)
        && Objects.equals(taxAmount, that.taxAmount)
        && Objects.equals(totalAmount, that.totalAmount)
        && Objects.equals(currency, that.currency)
        && Objects.equals(customer, that.customer)
        && Objects.equals(customerEmail, that.customerEmail)
        && Objects.equals(externalCustomerId, that.externalCustomerId)
        && Objects.equals(trialPeriodDays, that.trialPeriodDays)
        && Objects.equals(paymentMethod, that.paymentMethod)
        && Objects.equals(paymentIntent, that.paymentIntent)
        && Objects.equals(lastPaymentError, that.lastPaymentError)
        && Objects.equals(invoice, that.invoice)
        && Objects.equals(subscription, that.subscription)
        && Objects.equals(completedAt, that.completedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        status,
        clientSecret,
        url,
        expiresAt,
        successUrl,
        product,
        price,
        amount,
        discountAmount,
        taxAmount,
        totalAmount,
        currency,
        customer,
        customerEmail,
        externalCustomerId,
        trialPeriodDays,
        paymentMethod,
        paymentIntent,
        lastPaymentError,
        invoice,
        subscription,
        completedAt);
  }

  @Override
  public String toString() {
    return "CheckoutSession{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", status=" + status
        + ", clientSecret=" + (clientSecret == null ? "null" : "<redacted>")
        + ", url=" + url
        + ", expiresAt=" + expiresAt
        + ", successUrl=" + successUrl
        + ", product=" + product
        + ", price=" + price
        + ", amount=" + amount
        + ", discountAmount=" + discountAmount
        + ", taxAmount=" + taxAmount
        + ", totalAmount=" + totalAmount
        + ", currency=" + currency
        + ", customer=" + customer
        + ", customerEmail=" + customerEmail
        + ", externalCustomerId=" + externalCustomerId
        + ", trialPeriodDays=" + trialPeriodDays
        + ", paymentMethod=" + paymentMethod
        + ", paymentIntent=" + paymentIntent
        + ", lastPaymentError=" + lastPaymentError
        + ", invoice=" + invoice
        + ", subscription=" + subscription
        + ", completedAt=" + completedAt
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    OPEN("open"),
    CONFIRMED("confirmed"),
    SUCCEEDED("succeeded"),
    EXPIRED("expired"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "open"}; {@code null} only for the unknown fallback. */
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

  /** Builder for {@link CheckoutSession}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String status;
    private String clientSecret;
    private String url;
    private Instant expiresAt;
    private String successUrl;
    private String product;
    private String price;
    private Long amount;
    private Long discountAmount;
    private Long taxAmount;
    private Long totalAmount;
    private String currency;
    private String customer;
    private String customerEmail;
    private String externalCustomerId;
    private Integer trialPeriodDays;
    private String paymentMethod;
    private String paymentIntent;
    private PaymentError lastPaymentError;
    private String invoice;
    private String subscription;
    private Instant completedAt;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code cs_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code checkout_session}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the session was created.
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
     * - {@code open}: waiting for the buyer to confirm; after a declined payment it is open
     * again with {@code last_payment_error}. - {@code confirmed}: the buyer confirmed and the
     * payment is in progress (for example waiting for 3D Secure). - {@code succeeded}: paid;
     * {@code customer}, {@code invoice} and (for recurring prices) {@code subscription} are set.
     * Terminal. - {@code expired}: {@code expires_at} passed or it was expired by the API before
     * payment. Terminal.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * The secret the buyer's side uses to read and confirm the session. Don't log it or store
     * it.
     */
    public Builder clientSecret(String value) {
      this.clientSecret = value;
      return this;
    }

    /**
     * The hosted checkout page for this session.
     */
    public Builder url(String value) {
      this.url = value;
      return this;
    }

    /**
     * When an unpaid session expires; 24 hours after creation unless set.
     */
    public Builder expiresAt(Instant value) {
      this.expiresAt = value;
      return this;
    }

    /**
     * Where the buyer is sent after a successful payment.
     */
    public Builder successUrl(String value) {
      this.successUrl = value;
      return this;
    }

    /**
     * The product (prefixed {@code prod_}) being bought.
     */
    public Builder product(String value) {
      this.product = value;
      return this;
    }

    /**
     * The price (prefixed {@code price_}) being bought.
     */
    public Builder price(String value) {
      this.price = value;
      return this;
    }

    /**
     * The amount before discounts and tax, in minor units. For {@code custom} prices, the
     * buyer's chosen amount.
     */
    public Builder amount(Long value) {
      this.amount = value;
      return this;
    }

    /**
     * Always 0 in this version.
     */
    public Builder discountAmount(Long value) {
      this.discountAmount = value;
      return this;
    }

    /**
     * Always 0 in this version (no tax engine).
     */
    public Builder taxAmount(Long value) {
      this.taxAmount = value;
      return this;
    }

    /**
     * {@code amount - discount_amount + tax_amount}, charged on confirmation (0 during a trial).
     */
    public Builder totalAmount(Long value) {
      this.totalAmount = value;
      return this;
    }

    /**
     * Sets {@code currency}.
     */
    public Builder currency(String value) {
      this.currency = value;
      return this;
    }

    /**
     * The customer (prefixed {@code cus_}), given at creation or created on success.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * The buyer's email, given at creation or at confirmation.
     */
    public Builder customerEmail(String value) {
      this.customerEmail = value;
      return this;
    }

    /**
     * Your id for the buyer; the customer created on success gets it as {@code external_id}, or
     * the existing customer with that {@code external_id} is reused.
     */
    public Builder externalCustomerId(String value) {
      this.externalCustomerId = value;
      return this;
    }

    /**
     * The trial the subscription will get; null for none.
     */
    public Builder trialPeriodDays(Integer value) {
      this.trialPeriodDays = value;
      return this;
    }

    /**
     * The payment method (prefixed {@code pm_}) given at confirmation.
     */
    public Builder paymentMethod(String value) {
      this.paymentMethod = value;
      return this;
    }

    /**
     * The payment intent (prefixed {@code pi_}) of the latest confirmation, if any.
     */
    public Builder paymentIntent(String value) {
      this.paymentIntent = value;
      return this;
    }

    /**
     * Why the latest payment failed; null after a success or before any attempt.
     */
    public Builder lastPaymentError(PaymentError value) {
      this.lastPaymentError = value;
      return this;
    }

    /**
     * The paid invoice (prefixed {@code in_}) once {@code succeeded}.
     */
    public Builder invoice(String value) {
      this.invoice = value;
      return this;
    }

    /**
     * The subscription (prefixed {@code sub_}) created on success for a recurring price.
     */
    public Builder subscription(String value) {
      this.subscription = value;
      return this;
    }

    /**
     * When the session succeeded.
     */
    public Builder completedAt(Instant value) {
      this.completedAt = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public CheckoutSession build() {
      return new CheckoutSession(this);
    }
  }
}
