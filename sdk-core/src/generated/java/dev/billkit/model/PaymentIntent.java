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
 * One attempt to collect an amount from a customer, with Stripe's seven statuses. Charges are
 * folded in: a succeeded payment intent is the charge, and refunds point at it.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class PaymentIntent {
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

  @Json(name = "amount")
  private final Long amount;

  @Json(name = "currency")
  private final String currency;

  @Json(name = "customer")
  private final String customer;

  @Json(name = "payment_method")
  private final String paymentMethod;

  @Json(name = "description")
  private final String description;

  @Json(name = "status")
  private final String status;

  @Json(name = "capture_method")
  private final String captureMethod;

  @Json(name = "amount_capturable")
  private final Long amountCapturable;

  @Json(name = "amount_received")
  private final Long amountReceived;

  @Json(name = "amount_refunded")
  private final Long amountRefunded;

  @Json(name = "last_payment_error")
  private final PaymentError lastPaymentError;

  @Json(name = "next_action")
  private final NextAction nextAction;

  @Json(name = "client_secret")
  private final String clientSecret;

  @Json(name = "invoice")
  private final String invoice;

  @Json(name = "cancellation_reason")
  private final String cancellationReason;

  @Json(name = "canceled_at")
  private final Instant canceledAt;

  private PaymentIntent(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.amount = b.amount;
    this.currency = b.currency;
    this.customer = b.customer;
    this.paymentMethod = b.paymentMethod;
    this.description = b.description;
    this.status = b.status;
    this.captureMethod = b.captureMethod;
    this.amountCapturable = b.amountCapturable;
    this.amountReceived = b.amountReceived;
    this.amountRefunded = b.amountRefunded;
    this.lastPaymentError = b.lastPaymentError;
    this.nextAction = b.nextAction;
    this.clientSecret = b.clientSecret;
    this.invoice = b.invoice;
    this.cancellationReason = b.cancellationReason;
    this.canceledAt = b.canceledAt;
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
    b.amount = amount;
    b.currency = currency;
    b.customer = customer;
    b.paymentMethod = paymentMethod;
    b.description = description;
    b.status = status;
    b.captureMethod = captureMethod;
    b.amountCapturable = amountCapturable;
    b.amountReceived = amountReceived;
    b.amountRefunded = amountRefunded;
    b.lastPaymentError = lastPaymentError;
    b.nextAction = nextAction;
    b.clientSecret = clientSecret;
    b.invoice = invoice;
    b.cancellationReason = cancellationReason;
    b.canceledAt = canceledAt;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code pi_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code payment_intent}.
   */
  public String object() {
    return object;
  }

  /**
   * When the payment intent was created.
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
   * The amount to collect, in minor units.
   */
  public Long amount() {
    return amount;
  }

  /**
   * The {@code currency} field.
   */
  public String currency() {
    return currency;
  }

  /**
   * The customer (prefixed {@code cus_}) paying, if any.
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * The payment method (prefixed {@code pm_}) to charge.
   */
  public Optional<String> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  /**
   * Your description of the payment.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * - {@code requires_payment_method}: needs a payment method, also after a decline (see
   * {@code last_payment_error}). - {@code requires_confirmation}: has a payment method; call
   * confirm. - {@code requires_action}: the card needs 3D Secure (see {@code next_action}). -
   * {@code processing}: the payment is being processed. - {@code requires_capture}: authorized
   * with {@code capture_method=manual}; capture within 7 days or it is canceled. - {@code
   * succeeded}: the money was collected. Terminal; refunds apply. - {@code canceled}:
   * canceled; nothing was collected (an authorization is released). Terminal.
   */
  public Status status() {
    return Status.fromValue(status);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public String statusValue() {
    return status;
  }

  /**
   * - {@code automatic}: the amount is captured on a successful confirmation. - {@code
   * manual}: confirmation only authorizes; call capture.
   */
  public CaptureMethod captureMethod() {
    return CaptureMethod.fromValue(captureMethod);
  }

  /** The raw {@code capture_method} string, kept even when this SDK does not know the value. */
  public String captureMethodValue() {
    return captureMethod;
  }

  /**
   * The amount that capture can still collect (non-zero only in {@code requires_capture}).
   */
  public Long amountCapturable() {
    return amountCapturable;
  }

  /**
   * The amount collected.
   */
  public Long amountReceived() {
    return amountReceived;
  }

  /**
   * The amount refunded by succeeded refunds.
   */
  public Long amountRefunded() {
    return amountRefunded;
  }

  /**
   * Why the latest confirmation failed, if it did.
   */
  public Optional<PaymentError> lastPaymentError() {
    return Optional.ofNullable(lastPaymentError);
  }

  /**
   * Set in {@code requires_action}.
   */
  public Optional<NextAction> nextAction() {
    return Optional.ofNullable(nextAction);
  }

  /**
   * The secret a buyer's device uses to confirm this payment. Don't log it or store it.
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * The invoice (prefixed {@code in_}) this payment pays, if any.
   */
  public Optional<String> invoice() {
    return Optional.ofNullable(invoice);
  }

  /**
   * Why it was canceled. - {@code duplicate}, {@code fraudulent}, {@code
   * requested_by_customer}, {@code abandoned}: given to the cancel call. - {@code
   * failed_invoice}, {@code void_invoice}: its invoice failed or was voided. - {@code
   * automatic}: an authorization expired uncaptured, or too many confirmations failed.
   */
  public Optional<CancellationReason> cancellationReason() {
    return Optional.ofNullable(cancellationReason).map(CancellationReason::fromValue);
  }

  /** The raw {@code cancellation_reason} string, kept even when this SDK does not know the value. */
  public Optional<String> cancellationReasonValue() {
    return Optional.ofNullable(cancellationReason);
  }

  /**
   * When it was canceled.
   */
  public Optional<Instant> canceledAt() {
    return Optional.ofNullable(canceledAt);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaymentIntent)) {
      return false;
    }
    PaymentIntent that = (PaymentIntent) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(amount, that.amount)
        && Objects.equals(currency, that.currency)
        && Objects.equals(customer, that.customer)
        && Objects.equals(paymentMethod, that.paymentMethod)
        && Objects.equals(description, that.description)
        && Objects.equals(status, that.status)
        && Objects.equals(captureMethod, that.captureMethod)
        && Objects.equals(amountCapturable, that.amountCapturable)
        && Objects.equals(amountReceived, that.amountReceived)
        && Objects.equals(amountRefunded, that.amountRefunded)
        && Objects.equals(lastPaymentError, that.lastPaymentError)
        && Objects.equals(nextAction, that.nextAction)
        && Objects.equals(clientSecret, that.clientSecret)
        && Objects.equals(invoice, that.invoice)
        && Objects.equals(cancellationReason, that.cancellationReason)
        && Objects.equals(canceledAt, that.canceledAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        amount,
        currency,
        customer,
        paymentMethod,
        description,
        status,
        captureMethod,
        amountCapturable,
        amountReceived,
        amountRefunded,
        lastPaymentError,
        nextAction,
        clientSecret,
        invoice,
        cancellationReason,
        canceledAt);
  }

  @Override
  public String toString() {
    return "PaymentIntent{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", amount=" + amount
        + ", currency=" + currency
        + ", customer=" + customer
        + ", paymentMethod=" + paymentMethod
        + ", description=" + description
        + ", status=" + status
        + ", captureMethod=" + captureMethod
        + ", amountCapturable=" + amountCapturable
        + ", amountReceived=" + amountReceived
        + ", amountRefunded=" + amountRefunded
        + ", lastPaymentError=" + lastPaymentError
        + ", nextAction=" + nextAction
        + ", clientSecret=" + (clientSecret == null ? "null" : "<redacted>")
        + ", invoice=" + invoice
        + ", cancellationReason=" + cancellationReason
        + ", canceledAt=" + canceledAt
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    REQUIRES_PAYMENT_METHOD("requires_payment_method"),
    REQUIRES_CONFIRMATION("requires_confirmation"),
    REQUIRES_ACTION("requires_action"),
    PROCESSING("processing"),
    REQUIRES_CAPTURE("requires_capture"),
    SUCCEEDED("succeeded"),
    CANCELED("canceled"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "requires_payment_method"}; {@code null} only for the unknown fallback. */
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

  /**
   * Values of {@code capture_method}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum CaptureMethod {
    AUTOMATIC("automatic"),
    MANUAL("manual"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    CaptureMethod(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "automatic"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static CaptureMethod fromValue(String value) {
      for (CaptureMethod c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(CaptureMethod v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "CaptureMethod.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /**
   * Values of {@code cancellation_reason}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum CancellationReason {
    DUPLICATE("duplicate"),
    FRAUDULENT("fraudulent"),
    REQUESTED_BY_CUSTOMER("requested_by_customer"),
    ABANDONED("abandoned"),
    FAILED_INVOICE("failed_invoice"),
    VOID_INVOICE("void_invoice"),
    AUTOMATIC("automatic"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    CancellationReason(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "duplicate"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static CancellationReason fromValue(String value) {
      for (CancellationReason c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(CancellationReason v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "CancellationReason.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link PaymentIntent}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private Long amount;
    private String currency;
    private String customer;
    private String paymentMethod;
    private String description;
    private String status;
    private String captureMethod;
    private Long amountCapturable;
    private Long amountReceived;
    private Long amountRefunded;
    private PaymentError lastPaymentError;
    private NextAction nextAction;
    private String clientSecret;
    private String invoice;
    private String cancellationReason;
    private Instant canceledAt;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code pi_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code payment_intent}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the payment intent was created.
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
     * The amount to collect, in minor units.
     */
    public Builder amount(Long value) {
      this.amount = value;
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
     * The customer (prefixed {@code cus_}) paying, if any.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * The payment method (prefixed {@code pm_}) to charge.
     */
    public Builder paymentMethod(String value) {
      this.paymentMethod = value;
      return this;
    }

    /**
     * Your description of the payment.
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * - {@code requires_payment_method}: needs a payment method, also after a decline (see
     * {@code last_payment_error}). - {@code requires_confirmation}: has a payment method; call
     * confirm. - {@code requires_action}: the card needs 3D Secure (see {@code next_action}). -
     * {@code processing}: the payment is being processed. - {@code requires_capture}: authorized
     * with {@code capture_method=manual}; capture within 7 days or it is canceled. - {@code
     * succeeded}: the money was collected. Terminal; refunds apply. - {@code canceled}:
     * canceled; nothing was collected (an authorization is released). Terminal.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * - {@code automatic}: the amount is captured on a successful confirmation. - {@code
     * manual}: confirmation only authorizes; call capture.
     */
    public Builder captureMethod(CaptureMethod value) {
      this.captureMethod = CaptureMethod.wire(value);
      return this;
    }

    /**
     * The amount that capture can still collect (non-zero only in {@code requires_capture}).
     */
    public Builder amountCapturable(Long value) {
      this.amountCapturable = value;
      return this;
    }

    /**
     * The amount collected.
     */
    public Builder amountReceived(Long value) {
      this.amountReceived = value;
      return this;
    }

    /**
     * The amount refunded by succeeded refunds.
     */
    public Builder amountRefunded(Long value) {
      this.amountRefunded = value;
      return this;
    }

    /**
     * Why the latest confirmation failed, if it did.
     */
    public Builder lastPaymentError(PaymentError value) {
      this.lastPaymentError = value;
      return this;
    }

    /**
     * Set in {@code requires_action}.
     */
    public Builder nextAction(NextAction value) {
      this.nextAction = value;
      return this;
    }

    /**
     * The secret a buyer's device uses to confirm this payment. Don't log it or store it.
     */
    public Builder clientSecret(String value) {
      this.clientSecret = value;
      return this;
    }

    /**
     * The invoice (prefixed {@code in_}) this payment pays, if any.
     */
    public Builder invoice(String value) {
      this.invoice = value;
      return this;
    }

    /**
     * Why it was canceled. - {@code duplicate}, {@code fraudulent}, {@code
     * requested_by_customer}, {@code abandoned}: given to the cancel call. - {@code
     * failed_invoice}, {@code void_invoice}: its invoice failed or was voided. - {@code
     * automatic}: an authorization expired uncaptured, or too many confirmations failed.
     */
    public Builder cancellationReason(CancellationReason value) {
      this.cancellationReason = CancellationReason.wire(value);
      return this;
    }

    /**
     * When it was canceled.
     */
    public Builder canceledAt(Instant value) {
      this.canceledAt = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public PaymentIntent build() {
      return new PaymentIntent(this);
    }
  }
}
