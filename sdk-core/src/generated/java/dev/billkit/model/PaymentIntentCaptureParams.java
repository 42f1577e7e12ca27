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
 * Parameters to capture an authorized payment intent.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class PaymentIntentCaptureParams {
  @Json(name = "amount_to_capture")
  private final Long amountToCapture;

  private PaymentIntentCaptureParams(Builder b) {
    this.amountToCapture = b.amountToCapture;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.amountToCapture = amountToCapture;
    return b;
  }

  /**
   * At most {@code amount_capturable}; defaults to all of it. The rest of the authorization is
   * released.
   */
  public Optional<Long> amountToCapture() {
    return Optional.ofNullable(amountToCapture);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaymentIntentCaptureParams)) {
      return false;
    }
    PaymentIntentCaptureParams that = (PaymentIntentCaptureParams) o;
    return Objects.equals(amountToCapture, that.amountToCapture);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        amountToCapture);
  }

  @Override
  public String toString() {
    return "PaymentIntentCaptureParams{"
        + "amountToCapture=" + amountToCapture
        + "}";
  }

  /** Builder for {@link PaymentIntentCaptureParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Long amountToCapture;


    private Builder() {}

    /**
     * At most {@code amount_capturable}; defaults to all of it. The rest of the authorization is
     * released.
     */
    public Builder amountToCapture(Long value) {
      this.amountToCapture = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public PaymentIntentCaptureParams build() {
      return new PaymentIntentCaptureParams(this);
    }
  }
}
