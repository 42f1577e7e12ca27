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
 * Why a payment failed, in the same terms as a 402 error.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class PaymentError {
  @Json(name = "type")
  private final String type;

  @Json(name = "code")
  private final String code;

  @Json(name = "decline_code")
  private final String declineCode;

  @Json(name = "message")
  private final String message;

  @Json(name = "payment_method")
  private final String paymentMethod;

  private PaymentError(Builder b) {
    this.type = b.type;
    this.code = b.code;
    this.declineCode = b.declineCode;
    this.message = b.message;
    this.paymentMethod = b.paymentMethod;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.code = code;
    b.declineCode = declineCode;
    b.message = message;
    b.paymentMethod = paymentMethod;
    return b;
  }

  /**
   * {@code card_error} for a card failure; {@code invalid_request_error} for a failed
   * authentication.
   */
  public Type type() {
    return Type.fromValue(type);
  }

  /** The raw {@code type} string, kept even when this SDK does not know the value. */
  public String typeValue() {
    return type;
  }

  /**
   * For example {@code card_declined}, {@code expired_card}, {@code incorrect_cvc}, {@code
   * processing_error} or {@code payment_intent_authentication_failure}.
   */
  public String code() {
    return code;
  }

  /**
   * For {@code card_declined}, the issuer's reason ({@code generic_decline}, {@code
   * insufficient_funds}, {@code lost_card}, {@code stolen_card}).
   */
  public Optional<String> declineCode() {
    return Optional.ofNullable(declineCode);
  }

  /**
   * A message you may show to the buyer.
   */
  public String message() {
    return message;
  }

  /**
   * The payment method (prefixed {@code pm_}) that failed.
   */
  public Optional<String> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaymentError)) {
      return false;
    }
    PaymentError that = (PaymentError) o;
    return Objects.equals(type, that.type)
        && Objects.equals(code, that.code)
        && Objects.equals(declineCode, that.declineCode)
        && Objects.equals(message, that.message)
        && Objects.equals(paymentMethod, that.paymentMethod);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        type,
        code,
        declineCode,
        message,
        paymentMethod);
  }

  @Override
  public String toString() {
    return "PaymentError{"
        + "type=" + type
        + ", code=" + code
        + ", declineCode=" + declineCode
        + ", message=" + message
        + ", paymentMethod=" + paymentMethod
        + "}";
  }

  /**
   * Values of {@code type}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Type {
    CARD_ERROR("card_error"),
    INVALID_REQUEST_ERROR("invalid_request_error"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Type(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "card_error"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Type fromValue(String value) {
      for (Type c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Type v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Type.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link PaymentError}. Mutable and not thread-safe. */
  public static final class Builder {
    private String type;
    private String code;
    private String declineCode;
    private String message;
    private String paymentMethod;


    private Builder() {}

    /**
     * {@code card_error} for a card failure; {@code invalid_request_error} for a failed
     * authentication.
     */
    public Builder type(Type value) {
      this.type = Type.wire(value);
      return this;
    }

    /**
     * For example {@code card_declined}, {@code expired_card}, {@code incorrect_cvc}, {@code
     * processing_error} or {@code payment_intent_authentication_failure}.
     */
    public Builder code(String value) {
      this.code = value;
      return this;
    }

    /**
     * For {@code card_declined}, the issuer's reason ({@code generic_decline}, {@code
     * insufficient_funds}, {@code lost_card}, {@code stolen_card}).
     */
    public Builder declineCode(String value) {
      this.declineCode = value;
      return this;
    }

    /**
     * A message you may show to the buyer.
     */
    public Builder message(String value) {
      this.message = value;
      return this;
    }

    /**
     * The payment method (prefixed {@code pm_}) that failed.
     */
    public Builder paymentMethod(String value) {
      this.paymentMethod = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public PaymentError build() {
      return new PaymentError(this);
    }
  }
}
