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
 * Parameters to pay an invoice now.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class InvoicePayParams {
  @Json(name = "payment_method")
  private final String paymentMethod;

  private InvoicePayParams(Builder b) {
    this.paymentMethod = b.paymentMethod;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.paymentMethod = paymentMethod;
    return b;
  }

  /**
   * A payment method (prefixed {@code pm_}) or test token; defaults to the subscription's,
   * then the customer's default.
   */
  public Optional<String> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InvoicePayParams)) {
      return false;
    }
    InvoicePayParams that = (InvoicePayParams) o;
    return Objects.equals(paymentMethod, that.paymentMethod);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        paymentMethod);
  }

  @Override
  public String toString() {
    return "InvoicePayParams{"
        + "paymentMethod=" + paymentMethod
        + "}";
  }

  /** Builder for {@link InvoicePayParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String paymentMethod;


    private Builder() {}

    /**
     * A payment method (prefixed {@code pm_}) or test token; defaults to the subscription's,
     * then the customer's default.
     */
    public Builder paymentMethod(String value) {
      this.paymentMethod = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public InvoicePayParams build() {
      return new InvoicePayParams(this);
    }
  }
}
