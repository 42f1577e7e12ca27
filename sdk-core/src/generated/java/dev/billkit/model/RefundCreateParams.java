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
 * Parameters to refund a succeeded payment intent or a paid invoice: exactly one of {@code
 * payment_intent} and {@code invoice}. Refundable = amount received minus succeeded and
 * pending refunds; more gives 400 {@code refund_exceeds_refundable}, and nothing left gives
 * 400 {@code charge_already_refunded}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class RefundCreateParams {
  @Json(name = "payment_intent")
  private final String paymentIntent;

  @Json(name = "invoice")
  private final String invoice;

  @Json(name = "amount")
  private final Long amount;

  @Json(name = "reason")
  private final String reason;

  @Json(name = "revoke_benefits")
  private final Boolean revokeBenefits;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private RefundCreateParams(Builder b) {
    this.paymentIntent = b.paymentIntent;
    this.invoice = b.invoice;
    this.amount = b.amount;
    this.reason = b.reason;
    this.revokeBenefits = b.revokeBenefits;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.paymentIntent = paymentIntent;
    b.invoice = invoice;
    b.amount = amount;
    b.reason = reason;
    b.revokeBenefits = revokeBenefits;
    b.metadata = metadata;
    return b;
  }

  /**
   * A succeeded payment intent (prefixed {@code pi_}).
   */
  public Optional<String> paymentIntent() {
    return Optional.ofNullable(paymentIntent);
  }

  /**
   * A paid invoice (prefixed {@code in_}); its payment intent is refunded.
   */
  public Optional<String> invoice() {
    return Optional.ofNullable(invoice);
  }

  /**
   * Defaults to everything still refundable.
   */
  public Optional<Long> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Why you are refunding.
   */
  public Optional<Reason> reason() {
    return Optional.ofNullable(reason).map(Reason::fromValue);
  }

  /** The raw {@code reason} string, kept even when this SDK does not know the value. */
  public Optional<String> reasonValue() {
    return Optional.ofNullable(reason);
  }

  /**
   * Revoke the benefits granted by this purchase. Only for one-time purchases (a
   * subscription's benefits end with the subscription); defaults to false.
   */
  public Optional<Boolean> revokeBenefits() {
    return Optional.ofNullable(revokeBenefits);
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
    if (!(o instanceof RefundCreateParams)) {
      return false;
    }
    RefundCreateParams that = (RefundCreateParams) o;
    return Objects.equals(paymentIntent, that.paymentIntent)
        && Objects.equals(invoice, that.invoice)
        && Objects.equals(amount, that.amount)
        && Objects.equals(reason, that.reason)
        && Objects.equals(revokeBenefits, that.revokeBenefits)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        paymentIntent,
        invoice,
        amount,
        reason,
        revokeBenefits,
        metadata);
  }

  @Override
  public String toString() {
    return "RefundCreateParams{"
        + "paymentIntent=" + paymentIntent
        + ", invoice=" + invoice
        + ", amount=" + amount
        + ", reason=" + reason
        + ", revokeBenefits=" + revokeBenefits
        + ", metadata=" + metadata
        + "}";
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

  /** Builder for {@link RefundCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String paymentIntent;
    private String invoice;
    private Long amount;
    private String reason;
    private Boolean revokeBenefits;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * A succeeded payment intent (prefixed {@code pi_}).
     */
    public Builder paymentIntent(String value) {
      this.paymentIntent = value;
      return this;
    }

    /**
     * A paid invoice (prefixed {@code in_}); its payment intent is refunded.
     */
    public Builder invoice(String value) {
      this.invoice = value;
      return this;
    }

    /**
     * Defaults to everything still refundable.
     */
    public Builder amount(Long value) {
      this.amount = value;
      return this;
    }

    /**
     * Why you are refunding.
     */
    public Builder reason(Reason value) {
      this.reason = Reason.wire(value);
      return this;
    }

    /**
     * Revoke the benefits granted by this purchase. Only for one-time purchases (a
     * subscription's benefits end with the subscription); defaults to false.
     */
    public Builder revokeBenefits(Boolean value) {
      this.revokeBenefits = value;
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
    public RefundCreateParams build() {
      return new RefundCreateParams(this);
    }
  }
}
