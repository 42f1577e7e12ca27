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
 * Parameters to cancel a payment intent.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class PaymentIntentCancelParams {
  @Json(name = "cancellation_reason")
  private final String cancellationReason;

  private PaymentIntentCancelParams(Builder b) {
    this.cancellationReason = b.cancellationReason;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.cancellationReason = cancellationReason;
    return b;
  }

  /**
   * Why you are canceling.
   */
  public Optional<CancellationReason> cancellationReason() {
    return Optional.ofNullable(cancellationReason).map(CancellationReason::fromValue);
  }

  /** The raw {@code cancellation_reason} string, kept even when this SDK does not know the value. */
  public Optional<String> cancellationReasonValue() {
    return Optional.ofNullable(cancellationReason);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaymentIntentCancelParams)) {
      return false;
    }
    PaymentIntentCancelParams that = (PaymentIntentCancelParams) o;
    return Objects.equals(cancellationReason, that.cancellationReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        cancellationReason);
  }

  @Override
  public String toString() {
    return "PaymentIntentCancelParams{"
        + "cancellationReason=" + cancellationReason
        + "}";
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

  /** Builder for {@link PaymentIntentCancelParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String cancellationReason;


    private Builder() {}

    /**
     * Why you are canceling.
     */
    public Builder cancellationReason(CancellationReason value) {
      this.cancellationReason = CancellationReason.wire(value);
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public PaymentIntentCancelParams build() {
      return new PaymentIntentCancelParams(this);
    }
  }
}
