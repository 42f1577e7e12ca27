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
 * Money returned from a succeeded payment intent or a paid invoice. Several partial refunds
 * may add up to the amount paid, never more.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Refund {
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

  @Json(name = "payment_intent")
  private final String paymentIntent;

  @Json(name = "invoice")
  private final String invoice;

  @Json(name = "amount")
  private final Long amount;

  @Json(name = "currency")
  private final String currency;

  @Json(name = "status")
  private final String status;

  @Json(name = "reason")
  private final String reason;

  @Json(name = "failure_reason")
  private final String failureReason;

  @Json(name = "revoke_benefits")
  private final Boolean revokeBenefits;

  private Refund(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.paymentIntent = b.paymentIntent;
    this.invoice = b.invoice;
    this.amount = b.amount;
    this.currency = b.currency;
    this.status = b.status;
    this.reason = b.reason;
    this.failureReason = b.failureReason;
    this.revokeBenefits = b.revokeBenefits;
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
    b.paymentIntent = paymentIntent;
    b.invoice = invoice;
    b.amount = amount;
    b.currency = currency;
    b.status = status;
    b.reason = reason;
    b.failureReason = failureReason;
    b.revokeBenefits = revokeBenefits;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code re_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code refund}.
   */
  public String object() {
    return object;
  }

  /**
   * When the refund was created.
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
   * The payment intent (prefixed {@code pi_}) refunded.
   */
  public String paymentIntent() {
    return paymentIntent;
  }

  /**
   * The invoice (prefixed {@code in_}) refunded, if the payment paid one.
   */
  public Optional<String> invoice() {
    return Optional.ofNullable(invoice);
  }

  /**
   * The amount refunded, in minor units.
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
   * - {@code pending}: accepted, not settled yet; its amount already counts against what is
   * refundable. - {@code succeeded}: the money was returned. Terminal. - {@code failed}: the
   * refund failed (see {@code failure_reason}); its amount is refundable again. Terminal. -
   * {@code canceled}: canceled before settling. Terminal.
   */
  public Status status() {
    return Status.fromValue(status);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public String statusValue() {
    return status;
  }

  /**
   * Why you refunded. - {@code duplicate}, {@code fraudulent}, {@code requested_by_customer},
   * {@code other}.
   */
  public Optional<Reason> reason() {
    return Optional.ofNullable(reason).map(Reason::fromValue);
  }

  /** The raw {@code reason} string, kept even when this SDK does not know the value. */
  public Optional<String> reasonValue() {
    return Optional.ofNullable(reason);
  }

  /**
   * Why a {@code failed} refund failed. - {@code expired_or_canceled_card}, {@code
   * lost_or_stolen_card}, {@code unknown}.
   */
  public Optional<FailureReason> failureReason() {
    return Optional.ofNullable(failureReason).map(FailureReason::fromValue);
  }

  /** The raw {@code failure_reason} string, kept even when this SDK does not know the value. */
  public Optional<String> failureReasonValue() {
    return Optional.ofNullable(failureReason);
  }

  /**
   * Whether the benefits of a one-time purchase were revoked with this refund.
   */
  public Boolean revokeBenefits() {
    return revokeBenefits;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Refund)) {
      return false;
    }
    Refund that = (Refund) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(paymentIntent, that.paymentIntent)
        && Objects.equals(invoice, that.invoice)
        && Objects.equals(amount, that.amount)
        && Objects.equals(currency, that.currency)
        && Objects.equals(status, that.status)
        && Objects.equals(reason, that.reason)
        && Objects.equals(failureReason, that.failureReason)
        && Objects.equals(revokeBenefits, that.revokeBenefits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        paymentIntent,
        invoice,
        amount,
        currency,
        status,
        reason,
        failureReason,
        revokeBenefits);
  }

  @Override
  public String toString() {
    return "Refund{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", paymentIntent=" + paymentIntent
        + ", invoice=" + invoice
        + ", amount=" + amount
        + ", currency=" + currency
        + ", status=" + status
        + ", reason=" + reason
        + ", failureReason=" + failureReason
        + ", revokeBenefits=" + revokeBenefits
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    PENDING("pending"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    CANCELED("canceled"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "pending"}; {@code null} only for the unknown fallback. */
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
   * Values of {@code reason}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Reason {
    DUPLICATE("duplicate"),
    FRAUDULENT("fraudulent"),
    REQUESTED_BY_CUSTOMER("requested_by_customer"),
    OTHER("other"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Reason(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "duplicate"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Reason fromValue(String value) {
      for (Reason c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Reason v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Reason.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /**
   * Values of {@code failure_reason}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum FailureReason {
    EXPIRED_OR_CANCELED_CARD("expired_or_canceled_card"),
    LOST_OR_STOLEN_CARD("lost_or_stolen_card"),
    UNKNOWN("unknown"),
    ;

    private final String value;

    FailureReason(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "expired_or_canceled_card"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static FailureReason fromValue(String value) {
      for (FailureReason c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(FailureReason v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "FailureReason.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link Refund}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String paymentIntent;
    private String invoice;
    private Long amount;
    private String currency;
    private String status;
    private String reason;
    private String failureReason;
    private Boolean revokeBenefits;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code re_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code refund}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the refund was created.
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
     * The payment intent (prefixed {@code pi_}) refunded.
     */
    public Builder paymentIntent(String value) {
      this.paymentIntent = value;
      return this;
    }

    /**
     * The invoice (prefixed {@code in_}) refunded, if the payment paid one.
     */
    public Builder invoice(String value) {
      this.invoice = value;
      return this;
    }

    /**
     * The amount refunded, in minor units.
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
     * - {@code pending}: accepted, not settled yet; its amount already counts against what is
     * refundable. - {@code succeeded}: the money was returned. Terminal. - {@code failed}: the
     * refund failed (see {@code failure_reason}); its amount is refundable again. Terminal. -
     * {@code canceled}: canceled before settling. Terminal.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * Why you refunded. - {@code duplicate}, {@code fraudulent}, {@code requested_by_customer},
     * {@code other}.
     */
    public Builder reason(Reason value) {
      this.reason = Reason.wire(value);
      return this;
    }

    /**
     * Why a {@code failed} refund failed. - {@code expired_or_canceled_card}, {@code
     * lost_or_stolen_card}, {@code unknown}.
     */
    public Builder failureReason(FailureReason value) {
      this.failureReason = FailureReason.wire(value);
      return this;
    }

    /**
     * Whether the benefits of a one-time purchase were revoked with this refund.
     */
    public Builder revokeBenefits(Boolean value) {
      this.revokeBenefits = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Refund build() {
      return new Refund(this);
    }
  }
}
