// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import dev.billkit.internal.json.ExplicitNulls;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters to update a payment intent; amounts and payment method only before confirmation
 * succeeds.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class PaymentIntentUpdateParams implements ExplicitNulls {
  @Json(name = "amount")
  private final Long amount;

  @Json(name = "customer")
  private final String customer;

  @Json(name = "payment_method")
  private final String paymentMethod;

  @Json(name = "description")
  private final String description;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private final transient Set<String> explicitNulls;

  private PaymentIntentUpdateParams(Builder b) {
    this.explicitNulls = Collections.unmodifiableSet(new LinkedHashSet<>(b.explicitNulls));
    this.amount = b.amount;
    this.customer = b.customer;
    this.paymentMethod = b.paymentMethod;
    this.description = b.description;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.explicitNulls.addAll(explicitNulls);
    b.amount = amount;
    b.customer = customer;
    b.paymentMethod = paymentMethod;
    b.description = description;
    b.metadata = metadata;
    return b;
  }

  /**
   * A new amount, in {@code requires_payment_method} or {@code requires_confirmation} only.
   */
  public Optional<Long> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * The customer (prefixed {@code cus_}), if none is set yet.
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * A payment method (prefixed {@code pm_}) or test token; moves the intent to {@code
   * requires_confirmation}.
   */
  public Optional<String> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  /**
   * Your description; null clears it.
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

  /**
   * JSON names of the fields this object sends as {@code null} (set with the builder's {@code
   * clear…()} methods). Used by the client when encoding; not needed by callers.
   */
  @Override
  public Set<String> explicitNulls() {
    return explicitNulls;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaymentIntentUpdateParams)) {
      return false;
    }
    PaymentIntentUpdateParams that = (PaymentIntentUpdateParams) o;
    return Objects.equals(amount, that.amount)
        && Objects.equals(customer, that.customer)
        && Objects.equals(paymentMethod, that.paymentMethod)
        && Objects.equals(description, that.description)
        && Objects.equals(metadata, that.metadata)
        && explicitNulls.equals(that.explicitNulls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        amount,
        customer,
        paymentMethod,
        description,
        metadata,
        explicitNulls);
  }

  @Override
  public String toString() {
    return "PaymentIntentUpdateParams{"
        + "amount=" + amount
        + ", customer=" + customer
        + ", paymentMethod=" + paymentMethod
        + ", description=" + description
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link PaymentIntentUpdateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Long amount;
    private String customer;
    private String paymentMethod;
    private String description;
    private Map<String, String> metadata;

    private final Set<String> explicitNulls = new LinkedHashSet<>();

    private Builder() {}

    /**
     * A new amount, in {@code requires_payment_method} or {@code requires_confirmation} only.
     */
    public Builder amount(Long value) {
      this.amount = value;
      return this;
    }

    /**
     * The customer (prefixed {@code cus_}), if none is set yet.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * A payment method (prefixed {@code pm_}) or test token; moves the intent to {@code
     * requires_confirmation}.
     */
    public Builder paymentMethod(String value) {
      this.paymentMethod = value;
      return this;
    }

    /**
     * Your description; null clears it.
     */
    public Builder description(String value) {
      this.description = value;
      explicitNulls.remove("description");
      return this;
    }

    /** Sends {@code "description": null}, which clears the field on the server. */
    public Builder clearDescription() {
      this.description = null;
      explicitNulls.add("description");
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
    public PaymentIntentUpdateParams build() {
      return new PaymentIntentUpdateParams(this);
    }
  }
}
