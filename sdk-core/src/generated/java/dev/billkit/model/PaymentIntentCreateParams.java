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
 * Parameters to create a payment intent. With {@code confirm=true} it is confirmed in the same
 * call.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class PaymentIntentCreateParams {
  @Json(name = "amount")
  private final Long amount;

  @Json(name = "currency")
  private final String currency;

  @Json(name = "customer")
  private final String customer;

  @Json(name = "payment_method")
  private final String paymentMethod;

  @Json(name = "capture_method")
  private final String captureMethod;

  @Json(name = "confirm")
  private final Boolean confirm;

  @Json(name = "description")
  private final String description;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private PaymentIntentCreateParams(Builder b) {
    this.amount = b.amount;
    this.currency = b.currency;
    this.customer = b.customer;
    this.paymentMethod = b.paymentMethod;
    this.captureMethod = b.captureMethod;
    this.confirm = b.confirm;
    this.description = b.description;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.amount = amount;
    b.currency = currency;
    b.customer = customer;
    b.paymentMethod = paymentMethod;
    b.captureMethod = captureMethod;
    b.confirm = confirm;
    b.description = description;
    b.metadata = metadata;
    return b;
  }

  /**
   * The amount in minor units; at least 50 for {@code usd} (400 {@code amount_too_small}).
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
   * The customer (prefixed {@code cus_}) paying.
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * A payment method (prefixed {@code pm_}) or a test token such as {@code pm_card_visa}.
   */
  public Optional<String> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  /**
   * {@code automatic} (default) or {@code manual}.
   */
  public Optional<CaptureMethod> captureMethod() {
    return Optional.ofNullable(captureMethod).map(CaptureMethod::fromValue);
  }

  /** The raw {@code capture_method} string, kept even when this SDK does not know the value. */
  public Optional<String> captureMethodValue() {
    return Optional.ofNullable(captureMethod);
  }

  /**
   * Confirm immediately; needs {@code payment_method}. Defaults to false.
   */
  public Optional<Boolean> confirm() {
    return Optional.ofNullable(confirm);
  }

  /**
   * Your description of the payment.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
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
    if (!(o instanceof PaymentIntentCreateParams)) {
      return false;
    }
    PaymentIntentCreateParams that = (PaymentIntentCreateParams) o;
    return Objects.equals(amount, that.amount)
        && Objects.equals(currency, that.currency)
        && Objects.equals(customer, that.customer)
        && Objects.equals(paymentMethod, that.paymentMethod)
        && Objects.equals(captureMethod, that.captureMethod)
        && Objects.equals(confirm, that.confirm)
        && Objects.equals(description, that.description)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        amount,
        currency,
        customer,
        paymentMethod,
        captureMethod,
        confirm,
        description,
        metadata);
  }

  @Override
  public String toString() {
    return "PaymentIntentCreateParams{"
        + "amount=" + amount
        + ", currency=" + currency
        + ", customer=" + customer
        + ", paymentMethod=" + paymentMethod
        + ", captureMethod=" + captureMethod
        + ", confirm=" + confirm
        + ", description=" + description
        + ", metadata=" + metadata
        + "}";
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

  /** Builder for {@link PaymentIntentCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Long amount;
    private String currency;
    private String customer;
    private String paymentMethod;
    private String captureMethod;
    private Boolean confirm;
    private String description;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * The amount in minor units; at least 50 for {@code usd} (400 {@code amount_too_small}).
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
     * The customer (prefixed {@code cus_}) paying.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * A payment method (prefixed {@code pm_}) or a test token such as {@code pm_card_visa}.
     */
    public Builder paymentMethod(String value) {
      this.paymentMethod = value;
      return this;
    }

    /**
     * {@code automatic} (default) or {@code manual}.
     */
    public Builder captureMethod(CaptureMethod value) {
      this.captureMethod = CaptureMethod.wire(value);
      return this;
    }

    /**
     * Confirm immediately; needs {@code payment_method}. Defaults to false.
     */
    public Builder confirm(Boolean value) {
      this.confirm = value;
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
     * Sets {@code metadata}.
     */
    public Builder metadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public PaymentIntentCreateParams build() {
      if (amount == null) {
        throw new IllegalStateException("PaymentIntentCreateParams.amount is required: call amount(…)");
      }
      if (currency == null) {
        throw new IllegalStateException("PaymentIntentCreateParams.currency is required: call currency(…)");
      }
      return new PaymentIntentCreateParams(this);
    }
  }
}
