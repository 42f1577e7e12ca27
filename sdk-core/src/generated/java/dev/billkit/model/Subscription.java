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
 * Recurring billing of a customer for one or more prices. Renewal invoices are created and
 * charged at each period end (by the account's clock, or its test clock); failed renewals go
 * through dunning.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Subscription {
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

  @Json(name = "items")
  private final List<SubscriptionItem> items;

  @Json(name = "currency")
  private final String currency;

  @Json(name = "amount")
  private final Long amount;

  @Json(name = "recurring_interval")
  private final String recurringInterval;

  @Json(name = "recurring_interval_count")
  private final Integer recurringIntervalCount;

  @Json(name = "status")
  private final String status;

  @Json(name = "current_period_start")
  private final Instant currentPeriodStart;

  @Json(name = "current_period_end")
  private final Instant currentPeriodEnd;

  @Json(name = "cancel_at_period_end")
  private final Boolean cancelAtPeriodEnd;

  @Json(name = "canceled_at")
  private final Instant canceledAt;

  @Json(name = "ends_at")
  private final Instant endsAt;

  @Json(name = "ended_at")
  private final Instant endedAt;

  @Json(name = "trial_start")
  private final Instant trialStart;

  @Json(name = "trial_end")
  private final Instant trialEnd;

  @Json(name = "past_due_at")
  private final Instant pastDueAt;

  @Json(name = "pause_at_period_end")
  private final Boolean pauseAtPeriodEnd;

  @Json(name = "paused_at")
  private final Instant pausedAt;

  @Json(name = "resumes_at")
  private final Instant resumesAt;

  @Json(name = "default_payment_method")
  private final String defaultPaymentMethod;

  @Json(name = "latest_invoice")
  private final String latestInvoice;

  @Json(name = "cancellation_details")
  private final CancellationDetails cancellationDetails;

  @Json(name = "test_clock")
  private final String testClock;

  private Subscription(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.customer = b.customer;
    this.items = b.items == null ? null : List.copyOf(b.items);
    this.currency = b.currency;
    this.amount = b.amount;
    this.recurringInterval = b.recurringInterval;
    this.recurringIntervalCount = b.recurringIntervalCount;
    this.status = b.status;
    this.currentPeriodStart = b.currentPeriodStart;
    this.currentPeriodEnd = b.currentPeriodEnd;
    this.cancelAtPeriodEnd = b.cancelAtPeriodEnd;
    this.canceledAt = b.canceledAt;
    this.endsAt = b.endsAt;
    this.endedAt = b.endedAt;
    this.trialStart = b.trialStart;
    this.trialEnd = b.trialEnd;
    this.pastDueAt = b.pastDueAt;
    this.pauseAtPeriodEnd = b.pauseAtPeriodEnd;
    this.pausedAt = b.pausedAt;
    this.resumesAt = b.resumesAt;
    this.defaultPaymentMethod = b.defaultPaymentMethod;
    this.latestInvoice = b.latestInvoice;
    this.cancellationDetails = b.cancellationDetails;
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
    b.customer = customer;
    b.items = items;
    b.currency = currency;
    b.amount = amount;
    b.recurringInterval = recurringInterval;
    b.recurringIntervalCount = recurringIntervalCount;
    b.status = status;
    b.currentPeriodStart = currentPeriodStart;
    b.currentPeriodEnd = currentPeriodEnd;
    b.cancelAtPeriodEnd = cancelAtPeriodEnd;
    b.canceledAt = canceledAt;
    b.endsAt = endsAt;
    b.endedAt = endedAt;
    b.trialStart = trialStart;
    b.trialEnd = trialEnd;
    b.pastDueAt = pastDueAt;
    b.pauseAtPeriodEnd = pauseAtPeriodEnd;
    b.pausedAt = pausedAt;
    b.resumesAt = resumesAt;
    b.defaultPaymentMethod = defaultPaymentMethod;
    b.latestInvoice = latestInvoice;
    b.cancellationDetails = cancellationDetails;
    b.testClock = testClock;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code sub_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code subscription}.
   */
  public String object() {
    return object;
  }

  /**
   * When the subscription was created.
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
   * The prices billed each period.
   */
  public List<SubscriptionItem> items() {
    return items == null ? List.of() : Collections.unmodifiableList(items);
  }

  /**
   * The {@code currency} field.
   */
  public String currency() {
    return currency;
  }

  /**
   * The fixed part of each period's invoice (sum of fixed prices times quantity), in minor
   * units; metered usage comes on top.
   */
  public Long amount() {
    return amount;
  }

  /**
   * The billing interval, from the prices' product.
   */
  public RecurringInterval recurringInterval() {
    return RecurringInterval.fromValue(recurringInterval);
  }

  /** The raw {@code recurring_interval} string, kept even when this SDK does not know the value. */
  public String recurringIntervalValue() {
    return recurringInterval;
  }

  /**
   * Intervals per period.
   */
  public Integer recurringIntervalCount() {
    return recurringIntervalCount;
  }

  /**
   * - {@code incomplete}: the first payment failed or needs action; becomes {@code
   * incomplete_expired} after 23 hours unpaid. - {@code incomplete_expired}: the first payment
   * never succeeded. Terminal. - {@code trialing}: in a free trial until {@code trial_end}. -
   * {@code active}: paid and renewing. - {@code past_due}: a renewal payment failed; dunning
   * retries run after 2, 5, 7 and 7 days. - {@code unpaid}: dunning was exhausted and the
   * account setting keeps it (instead of canceling); paying the open invoice reactivates it. -
   * {@code paused}: paused at the end of a period; no invoices until resumed. - {@code
   * canceled}: ended. Terminal.
   */
  public Status status() {
    return Status.fromValue(status);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public String statusValue() {
    return status;
  }

  /**
   * Start of the current period.
   */
  public Instant currentPeriodStart() {
    return currentPeriodStart;
  }

  /**
   * End of the current period, when it renews (or ends or pauses, if scheduled).
   */
  public Instant currentPeriodEnd() {
    return currentPeriodEnd;
  }

  /**
   * Whether it will end at {@code current_period_end} instead of renewing.
   */
  public Boolean cancelAtPeriodEnd() {
    return cancelAtPeriodEnd;
  }

  /**
   * When cancellation was requested (immediately or at period end).
   */
  public Optional<Instant> canceledAt() {
    return Optional.ofNullable(canceledAt);
  }

  /**
   * When it will end, if a cancellation is scheduled.
   */
  public Optional<Instant> endsAt() {
    return Optional.ofNullable(endsAt);
  }

  /**
   * When it ended.
   */
  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  /**
   * Start of the trial, if it had one.
   */
  public Optional<Instant> trialStart() {
    return Optional.ofNullable(trialStart);
  }

  /**
   * End of the trial, if it had one.
   */
  public Optional<Instant> trialEnd() {
    return Optional.ofNullable(trialEnd);
  }

  /**
   * When it became {@code past_due}; cleared when paid.
   */
  public Optional<Instant> pastDueAt() {
    return Optional.ofNullable(pastDueAt);
  }

  /**
   * Whether it will pause at {@code current_period_end} instead of renewing.
   */
  public Boolean pauseAtPeriodEnd() {
    return pauseAtPeriodEnd;
  }

  /**
   * When it became {@code paused}.
   */
  public Optional<Instant> pausedAt() {
    return Optional.ofNullable(pausedAt);
  }

  /**
   * When a paused subscription resumes by itself, if set.
   */
  public Optional<Instant> resumesAt() {
    return Optional.ofNullable(resumesAt);
  }

  /**
   * The payment method (prefixed {@code pm_}) charged; falls back to the customer's default.
   */
  public Optional<String> defaultPaymentMethod() {
    return Optional.ofNullable(defaultPaymentMethod);
  }

  /**
   * The most recent invoice (prefixed {@code in_}).
   */
  public Optional<String> latestInvoice() {
    return Optional.ofNullable(latestInvoice);
  }

  /**
   * Set once it is canceled or a cancellation is scheduled.
   */
  public Optional<CancellationDetails> cancellationDetails() {
    return Optional.ofNullable(cancellationDetails);
  }

  /**
   * The test clock (prefixed {@code clock_}) of its customer, if any.
   */
  public Optional<String> testClock() {
    return Optional.ofNullable(testClock);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Subscription)) {
      return false;
    }
    Subscription that = (Subscription) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(customer, that.customer)
        && Objects.equals(items, that.items)
        && Objects.equals(currency, that.currency)
        && Objects.equals(amount, that.amount)
        && Objects.equals(recurringInterval, that.recurringInterval)
        && Objects.equals(recurringIntervalCount, that.recurringIntervalCount)
        && Objects.equals(status, that.status)
        && Objects.equals(currentPeriodStart, that.currentPeriodStart)
        && Objects.equals(currentPeriodEnd, that.currentPeriodEnd)
        && Objects.equals(cancelAtPeriodEnd, that.cancelAtPeriodEnd)
        && Objects.equals(canceledAt, that.canceledAt)
        && Objects.equals(endsAt, that.endsAt)
        && Objects.equals(endedAt, that.endedAt)
        && Objects.equals(trialStart, that.trialStart)
        && Objects.equals(trialEnd, that.trialEnd)
        && Objects.equals(pastDueAt, that.pastDueAt)
        && Objects.equals(pauseAtPeriodEnd, that.pauseAtPeriodEnd)
        && Objects.equals(pausedAt, that.pausedAt)
        && Objects.equals(resumesAt, that.resumesAt)
        && Objects.equals(defaultPaymentMethod, that.defaultPaymentMethod)
        && Objects.equals(latestInvoice, that.latestInvoice)
        && Objects.equals(cancellationDetails, that.cancellationDetails)
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
        customer,
        items,
        currency,
        amount,
        recurringInterval,
        recurringIntervalCount,
        status,
        currentPeriodStart,
        currentPeriodEnd,
        cancelAtPeriodEnd,
        canceledAt,
        endsAt,
        endedAt,
        trialStart,
        trialEnd,
        pastDueAt,
        pauseAtPeriodEnd,
        pausedAt,
        resumesAt,
        defaultPaymentMethod,
        latestInvoice,
        cancellationDetails,
        testClock);
  }

  @Override
  public String toString() {
    return "Subscription{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", customer=" + customer
        + ", items=" + items
        + ", currency=" + currency
        + ", amount=" + amount
        + ", recurringInterval=" + recurringInterval
        + ", recurringIntervalCount=" + recurringIntervalCount
        + ", status=" + status
        + ", currentPeriodStart=" + currentPeriodStart
        + ", currentPeriodEnd=" + currentPeriodEnd
        + ", cancelAtPeriodEnd=" + cancelAtPeriodEnd
        + ", canceledAt=" + canceledAt
        + ", endsAt=" + endsAt
        + ", endedAt=" + endedAt
        + ", trialStart=" + trialStart
        + ", trialEnd=" + trialEnd
        + ", pastDueAt=" + pastDueAt
        + ", pauseAtPeriodEnd=" + pauseAtPeriodEnd
        + ", pausedAt=" + pausedAt
        + ", resumesAt=" + resumesAt
        + ", defaultPaymentMethod=" + defaultPaymentMethod
        + ", latestInvoice=" + latestInvoice
        + ", cancellationDetails=" + cancellationDetails
        + ", testClock=" + testClock
        + "}";
  }

  /**
   * Values of {@code recurring_interval}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum RecurringInterval {
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    YEAR("year"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    RecurringInterval(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "day"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static RecurringInterval fromValue(String value) {
      for (RecurringInterval c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(RecurringInterval v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "RecurringInterval.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    INCOMPLETE("incomplete"),
    INCOMPLETE_EXPIRED("incomplete_expired"),
    TRIALING("trialing"),
    ACTIVE("active"),
    PAST_DUE("past_due"),
    UNPAID("unpaid"),
    PAUSED("paused"),
    CANCELED("canceled"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "incomplete"}; {@code null} only for the unknown fallback. */
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

  /** Builder for {@link Subscription}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String customer;
    private List<SubscriptionItem> items;
    private String currency;
    private Long amount;
    private String recurringInterval;
    private Integer recurringIntervalCount;
    private String status;
    private Instant currentPeriodStart;
    private Instant currentPeriodEnd;
    private Boolean cancelAtPeriodEnd;
    private Instant canceledAt;
    private Instant endsAt;
    private Instant endedAt;
    private Instant trialStart;
    private Instant trialEnd;
    private Instant pastDueAt;
    private Boolean pauseAtPeriodEnd;
    private Instant pausedAt;
    private Instant resumesAt;
    private String defaultPaymentMethod;
    private String latestInvoice;
    private CancellationDetails cancellationDetails;
    private String testClock;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code sub_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code subscription}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the subscription was created.
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
     * The prices billed each period.
     */
    public Builder items(List<SubscriptionItem> value) {
      this.items = value;
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
     * The fixed part of each period's invoice (sum of fixed prices times quantity), in minor
     * units; metered usage comes on top.
     */
    public Builder amount(Long value) {
      this.amount = value;
      return this;
    }

    /**
     * The billing interval, from the prices' product.
     */
    public Builder recurringInterval(RecurringInterval value) {
      this.recurringInterval = RecurringInterval.wire(value);
      return this;
    }

    /**
     * Intervals per period.
     */
    public Builder recurringIntervalCount(Integer value) {
      this.recurringIntervalCount = value;
      return this;
    }

    /**
     * - {@code incomplete}: the first payment failed or needs action; becomes {@code
     * incomplete_expired} after 23 hours unpaid. - {@code incomplete_expired}: the first payment
     * never succeeded. Terminal. - {@code trialing}: in a free trial until {@code trial_end}. -
     * {@code active}: paid and renewing. - {@code past_due}: a renewal payment failed; dunning
     * retries run after 2, 5, 7 and 7 days. - {@code unpaid}: dunning was exhausted and the
     * account setting keeps it (instead of canceling); paying the open invoice reactivates it. -
     * {@code paused}: paused at the end of a period; no invoices until resumed. - {@code
     * canceled}: ended. Terminal.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * Start of the current period.
     */
    public Builder currentPeriodStart(Instant value) {
      this.currentPeriodStart = value;
      return this;
    }

    /**
     * End of the current period, when it renews (or ends or pauses, if scheduled).
     */
    public Builder currentPeriodEnd(Instant value) {
      this.currentPeriodEnd = value;
      return this;
    }

    /**
     * Whether it will end at {@code current_period_end} instead of renewing.
     */
    public Builder cancelAtPeriodEnd(Boolean value) {
      this.cancelAtPeriodEnd = value;
      return this;
    }

    /**
     * When cancellation was requested (immediately or at period end).
     */
    public Builder canceledAt(Instant value) {
      this.canceledAt = value;
      return this;
    }

    /**
     * When it will end, if a cancellation is scheduled.
     */
    public Builder endsAt(Instant value) {
      this.endsAt = value;
      return this;
    }

    /**
     * When it ended.
     */
    public Builder endedAt(Instant value) {
      this.endedAt = value;
      return this;
    }

    /**
     * Start of the trial, if it had one.
     */
    public Builder trialStart(Instant value) {
      this.trialStart = value;
      return this;
    }

    /**
     * End of the trial, if it had one.
     */
    public Builder trialEnd(Instant value) {
      this.trialEnd = value;
      return this;
    }

    /**
     * When it became {@code past_due}; cleared when paid.
     */
    public Builder pastDueAt(Instant value) {
      this.pastDueAt = value;
      return this;
    }

    /**
     * Whether it will pause at {@code current_period_end} instead of renewing.
     */
    public Builder pauseAtPeriodEnd(Boolean value) {
      this.pauseAtPeriodEnd = value;
      return this;
    }

    /**
     * When it became {@code paused}.
     */
    public Builder pausedAt(Instant value) {
      this.pausedAt = value;
      return this;
    }

    /**
     * When a paused subscription resumes by itself, if set.
     */
    public Builder resumesAt(Instant value) {
      this.resumesAt = value;
      return this;
    }

    /**
     * The payment method (prefixed {@code pm_}) charged; falls back to the customer's default.
     */
    public Builder defaultPaymentMethod(String value) {
      this.defaultPaymentMethod = value;
      return this;
    }

    /**
     * The most recent invoice (prefixed {@code in_}).
     */
    public Builder latestInvoice(String value) {
      this.latestInvoice = value;
      return this;
    }

    /**
     * Set once it is canceled or a cancellation is scheduled.
     */
    public Builder cancellationDetails(CancellationDetails value) {
      this.cancellationDetails = value;
      return this;
    }

    /**
     * The test clock (prefixed {@code clock_}) of its customer, if any.
     */
    public Builder testClock(String value) {
      this.testClock = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Subscription build() {
      return new Subscription(this);
    }
  }
}
