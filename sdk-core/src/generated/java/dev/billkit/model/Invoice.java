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
 * A bill for a customer (Polar calls it an order). One-off invoices are built as drafts, then
 * finalized and paid; purchases and subscription periods create theirs automatically.
 * Collection state is {@code status}; refunds are tracked separately in {@code refund_status}
 * and {@code amount_refunded}.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Invoice {
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

  @Json(name = "customer")
  private final String customer;

  @Json(name = "subscription")
  private final String subscription;

  @Json(name = "status")
  private final String status;

  @Json(name = "billing_reason")
  private final String billingReason;

  @Json(name = "currency")
  private final String currency;

  @Json(name = "description")
  private final String description;

  @Json(name = "number")
  private final String number;

  @Json(name = "lines")
  private final List<InvoiceLine> lines;

  @Json(name = "subtotal")
  private final Long subtotal;

  @Json(name = "discount_amount")
  private final Long discountAmount;

  @Json(name = "tax_amount")
  private final Long taxAmount;

  @Json(name = "total")
  private final Long total;

  @Json(name = "amount_due")
  private final Long amountDue;

  @Json(name = "amount_paid")
  private final Long amountPaid;

  @Json(name = "amount_remaining")
  private final Long amountRemaining;

  @Json(name = "amount_refunded")
  private final Long amountRefunded;

  @Json(name = "refund_status")
  private final String refundStatus;

  @Json(name = "attempt_count")
  private final Integer attemptCount;

  @Json(name = "next_payment_attempt")
  private final Instant nextPaymentAttempt;

  @Json(name = "payment_intent")
  private final String paymentIntent;

  @Json(name = "period_start")
  private final Instant periodStart;

  @Json(name = "period_end")
  private final Instant periodEnd;

  @Json(name = "status_transitions")
  private final InvoiceStatusTransitions statusTransitions;

  private Invoice(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.customer = b.customer;
    this.subscription = b.subscription;
    this.status = b.status;
    this.billingReason = b.billingReason;
    this.currency = b.currency;
    this.description = b.description;
    this.number = b.number;
    this.lines = b.lines == null ? null : List.copyOf(b.lines);
    this.subtotal = b.subtotal;
    this.discountAmount = b.discountAmount;
    this.taxAmount = b.taxAmount;
    this.total = b.total;
    this.amountDue = b.amountDue;
    this.amountPaid = b.amountPaid;
    this.amountRemaining = b.amountRemaining;
    this.amountRefunded = b.amountRefunded;
    this.refundStatus = b.refundStatus;
    this.attemptCount = b.attemptCount;
    this.nextPaymentAttempt = b.nextPaymentAttempt;
    this.paymentIntent = b.paymentIntent;
    this.periodStart = b.periodStart;
    this.periodEnd = b.periodEnd;
    this.statusTransitions = b.statusTransitions;
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
    b.customer = customer;
    b.subscription = subscription;
    b.status = status;
    b.billingReason = billingReason;
    b.currency = currency;
    b.description = description;
    b.number = number;
    b.lines = lines;
    b.subtotal = subtotal;
    b.discountAmount = discountAmount;
    b.taxAmount = taxAmount;
    b.total = total;
    b.amountDue = amountDue;
    b.amountPaid = amountPaid;
    b.amountRemaining = amountRemaining;
    b.amountRefunded = amountRefunded;
    b.refundStatus = refundStatus;
    b.attemptCount = attemptCount;
    b.nextPaymentAttempt = nextPaymentAttempt;
    b.paymentIntent = paymentIntent;
    b.periodStart = periodStart;
    b.periodEnd = periodEnd;
    b.statusTransitions = statusTransitions;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code in_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code invoice}.
   */
  public String object() {
    return object;
  }

  /**
   * When the invoice was created.
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
   * The customer (prefixed {@code cus_}) billed.
   */
  public String customer() {
    return customer;
  }

  /**
   * The subscription (prefixed {@code sub_}) this invoice bills a period of, if any.
   */
  public Optional<String> subscription() {
    return Optional.ofNullable(subscription);
  }

  /**
   * - {@code draft}: editable; nothing is owed yet. - {@code open}: finalized and owed;
   * payment attempts may fail and be retried. - {@code paid}: paid in full. Terminal (refunds
   * don't change it; see {@code refund_status}). - {@code void}: canceled; nothing is owed.
   * Terminal. - {@code uncollectible}: written off; it can still be paid or voided.
   */
  public Status status() {
    return Status.fromValue(status);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public String statusValue() {
    return status;
  }

  /**
   * - {@code purchase}: a checkout of a one-time price. - {@code subscription_create}: the
   * first period of a subscription. - {@code subscription_cycle}: a renewal. - {@code
   * subscription_update}: a change to a subscription (not produced in this version). - {@code
   * manual}: created with {@code POST /v1/invoices}.
   */
  public BillingReason billingReason() {
    return BillingReason.fromValue(billingReason);
  }

  /** The raw {@code billing_reason} string, kept even when this SDK does not know the value. */
  public String billingReasonValue() {
    return billingReason;
  }

  /**
   * The {@code currency} field.
   */
  public String currency() {
    return currency;
  }

  /**
   * A memo shown on the invoice.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * A sequential number assigned on finalization.
   */
  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  /**
   * The invoice lines, in the order added.
   */
  public List<InvoiceLine> lines() {
    return lines == null ? List.of() : Collections.unmodifiableList(lines);
  }

  /**
   * Sum of the line amounts.
   */
  public Long subtotal() {
    return subtotal;
  }

  /**
   * Always 0 in this version.
   */
  public Long discountAmount() {
    return discountAmount;
  }

  /**
   * Always 0 in this version.
   */
  public Long taxAmount() {
    return taxAmount;
  }

  /**
   * {@code subtotal - discount_amount + tax_amount}.
   */
  public Long total() {
    return total;
  }

  /**
   * What the customer owes in total (equals {@code total}).
   */
  public Long amountDue() {
    return amountDue;
  }

  /**
   * What has been paid.
   */
  public Long amountPaid() {
    return amountPaid;
  }

  /**
   * {@code amount_due - amount_paid}.
   */
  public Long amountRemaining() {
    return amountRemaining;
  }

  /**
   * What succeeded refunds have returned.
   */
  public Long amountRefunded() {
    return amountRefunded;
  }

  /**
   * - {@code none}: nothing refunded. - {@code partial}: some of {@code amount_paid} refunded.
   * - {@code full}: all of {@code amount_paid} refunded.
   */
  public RefundStatus refundStatus() {
    return RefundStatus.fromValue(refundStatus);
  }

  /** The raw {@code refund_status} string, kept even when this SDK does not know the value. */
  public String refundStatusValue() {
    return refundStatus;
  }

  /**
   * How many payment attempts were made.
   */
  public Integer attemptCount() {
    return attemptCount;
  }

  /**
   * When the next automatic payment retry runs (dunning), if one is scheduled.
   */
  public Optional<Instant> nextPaymentAttempt() {
    return Optional.ofNullable(nextPaymentAttempt);
  }

  /**
   * The payment intent (prefixed {@code pi_}) of the latest payment attempt.
   */
  public Optional<String> paymentIntent() {
    return Optional.ofNullable(paymentIntent);
  }

  /**
   * Start of the billed period (the creation time for one-off invoices).
   */
  public Instant periodStart() {
    return periodStart;
  }

  /**
   * End of the billed period (the creation time for one-off invoices).
   */
  public Instant periodEnd() {
    return periodEnd;
  }

  /**
   * The {@code status_transitions} field.
   */
  public InvoiceStatusTransitions statusTransitions() {
    return statusTransitions;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Invoice)) {
      return false;
    }
    Invoice that = (Invoice) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(customer, that.customer)
        && Objects.equals(subscription, that.subscription)
        && Objects.equals(status, that.status)
        && Objects.equals(billingReason, that.billingReason)
        && Objects.equals(currency, that.currency)
        && Objects.equals(description, that.description)
        && Objects.equals(number, that.number)
        && Objects.equals(lines, that.lines)
        && Objects.equals(subtotal, that.subtotal)
        && Objects.equals(discountAmount, that.discountAmount)
        && Objects.equals(taxAmount, that.taxAmount)
        && Objects.equals(total, that.total)
        && Objects.equals(amountDue, that.amountDue)
        && Objects.equals(amountPaid, that.amountPaid)
        && Objects.equals(amountRemaining, that.amountRemaining)
        && Objects.equals(amountRefunded, that.amountRefunded)
        && Objects.equals(refundStatus, that.refundStatus)
        && Objects.equals(attemptCount, that.attemptCount)
        && Objects.equals(nextPaymentAttempt, that.nextPaymentAttempt)
        && Objects.equals(paymentIntent, that.paymentIntent)
        && Objects.equals(periodStart, that.periodStart)
        && Objects.equals(periodEnd, that.periodEnd)
        && Objects.equals(statusTransitions, that.statusTransitions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        customer,
        subscription,
        status,
        billingReason,
        currency,
        description,
        number,
        lines,
        subtotal,
        discountAmount,
        taxAmount,
        total,
        amountDue,
        amountPaid,
        amountRemaining,
        amountRefunded,
        refundStatus,
        attemptCount,
        nextPaymentAttempt,
        paymentIntent,
        periodStart,
        periodEnd,
        statusTransitions);
  }

  @Override
  public String toString() {
    return "Invoice{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", customer=" + customer
        + ", subscription=" + subscription
        + ", status=" + status
        + ", billingReason=" + billingReason
        + ", currency=" + currency
        + ", description=" + description
        + ", number=" + number
        + ", lines=" + lines
        + ", subtotal=" + subtotal
        + ", discountAmount=" + discountAmount
        + ", taxAmount=" + taxAmount
        + ", total=" + total
        + ", amountDue=" + amountDue
        + ", amountPaid=" + amountPaid
        + ", amountRemaining=" + amountRemaining
        + ", amountRefunded=" + amountRefunded
        + ", refundStatus=" + refundStatus
        + ", attemptCount=" + attemptCount
        + ", nextPaymentAttempt=" + nextPaymentAttempt
        + ", paymentIntent=" + paymentIntent
        + ", periodStart=" + periodStart
        + ", periodEnd=" + periodEnd
        + ", statusTransitions=" + statusTransitions
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    DRAFT("draft"),
    OPEN("open"),
    PAID("paid"),
    VOID("void"),
    UNCOLLECTIBLE("uncollectible"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "draft"}; {@code null} only for the unknown fallback. */
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
   * Values of {@code billing_reason}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum BillingReason {
    PURCHASE("purchase"),
    SUBSCRIPTION_CREATE("subscription_create"),
    SUBSCRIPTION_CYCLE("subscription_cycle"),
    SUBSCRIPTION_UPDATE("subscription_update"),
    MANUAL("manual"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    BillingReason(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "purchase"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static BillingReason fromValue(String value) {
      for (BillingReason c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(BillingReason v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "BillingReason.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /**
   * Values of {@code refund_status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum RefundStatus {
    NONE("none"),
    PARTIAL("partial"),
    FULL("full"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    RefundStatus(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "none"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static RefundStatus fromValue(String value) {
      for (RefundStatus c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(RefundStatus v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "RefundStatus.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link Invoice}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String customer;
    private String subscription;
    private String status;
    private String billingReason;
    private String currency;
    private String description;
    private String number;
    private List<InvoiceLine> lines;
    private Long subtotal;
    private Long discountAmount;
    private Long taxAmount;
    private Long total;
    private Long amountDue;
    private Long amountPaid;
    private Long amountRemaining;
    private Long amountRefunded;
    private String refundStatus;
    private Integer attemptCount;
    private Instant nextPaymentAttempt;
    private String paymentIntent;
    private Instant periodStart;
    private Instant periodEnd;
    private InvoiceStatusTransitions statusTransitions;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code in_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code invoice}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the invoice was created.
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
     * The customer (prefixed {@code cus_}) billed.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * The subscription (prefixed {@code sub_}) this invoice bills a period of, if any.
     */
    public Builder subscription(String value) {
      this.subscription = value;
      return this;
    }

    /**
     * - {@code draft}: editable; nothing is owed yet. - {@code open}: finalized and owed;
     * payment attempts may fail and be retried. - {@code paid}: paid in full. Terminal (refunds
     * don't change it; see {@code refund_status}). - {@code void}: canceled; nothing is owed.
     * Terminal. - {@code uncollectible}: written off; it can still be paid or voided.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * - {@code purchase}: a checkout of a one-time price. - {@code subscription_create}: the
     * first period of a subscription. - {@code subscription_cycle}: a renewal. - {@code
     * subscription_update}: a change to a subscription (not produced in this version). - {@code
     * manual}: created with {@code POST /v1/invoices}.
     */
    public Builder billingReason(BillingReason value) {
      this.billingReason = BillingReason.wire(value);
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
     * A memo shown on the invoice.
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * A sequential number assigned on finalization.
     */
    public Builder number(String value) {
      this.number = value;
      return this;
    }

    /**
     * The invoice lines, in the order added.
     */
    public Builder lines(List<InvoiceLine> value) {
      this.lines = value;
      return this;
    }

    /**
     * Sum of the line amounts.
     */
    public Builder subtotal(Long value) {
      this.subtotal = value;
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
     * Always 0 in this version.
     */
    public Builder taxAmount(Long value) {
      this.taxAmount = value;
      return this;
    }

    /**
     * {@code subtotal - discount_amount + tax_amount}.
     */
    public Builder total(Long value) {
      this.total = value;
      return this;
    }

    /**
     * What the customer owes in total (equals {@code total}).
     */
    public Builder amountDue(Long value) {
      this.amountDue = value;
      return this;
    }

    /**
     * What has been paid.
     */
    public Builder amountPaid(Long value) {
      this.amountPaid = value;
      return this;
    }

    /**
     * {@code amount_due - amount_paid}.
     */
    public Builder amountRemaining(Long value) {
      this.amountRemaining = value;
      return this;
    }

    /**
     * What succeeded refunds have returned.
     */
    public Builder amountRefunded(Long value) {
      this.amountRefunded = value;
      return this;
    }

    /**
     * - {@code none}: nothing refunded. - {@code partial}: some of {@code amount_paid} refunded.
     * - {@code full}: all of {@code amount_paid} refunded.
     */
    public Builder refundStatus(RefundStatus value) {
      this.refundStatus = RefundStatus.wire(value);
      return this;
    }

    /**
     * How many payment attempts were made.
     */
    public Builder attemptCount(Integer value) {
      this.attemptCount = value;
      return this;
    }

    /**
     * When the next automatic payment retry runs (dunning), if one is scheduled.
     */
    public Builder nextPaymentAttempt(Instant value) {
      this.nextPaymentAttempt = value;
      return this;
    }

    /**
     * The payment intent (prefixed {@code pi_}) of the latest payment attempt.
     */
    public Builder paymentIntent(String value) {
      this.paymentIntent = value;
      return this;
    }

    /**
     * Start of the billed period (the creation time for one-off invoices).
     */
    public Builder periodStart(Instant value) {
      this.periodStart = value;
      return this;
    }

    /**
     * End of the billed period (the creation time for one-off invoices).
     */
    public Builder periodEnd(Instant value) {
      this.periodEnd = value;
      return this;
    }

    /**
     * Sets {@code status_transitions}.
     */
    public Builder statusTransitions(InvoiceStatusTransitions value) {
      this.statusTransitions = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Invoice build() {
      return new Invoice(this);
    }
  }
}
