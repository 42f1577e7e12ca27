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
 * A price to subscribe to.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class SubscriptionItemParams {
  @Json(name = "price")
  private final String price;

  @Json(name = "quantity")
  private final Long quantity;

  private SubscriptionItemParams(Builder b) {
    this.price = b.price;
    this.quantity = b.quantity;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.price = price;
    b.quantity = quantity;
    return b;
  }

  /**
   * A recurring price (prefixed {@code price_}). All items need the same currency and
   * interval.
   */
  public String price() {
    return price;
  }

  /**
   * Units of a fixed price; defaults to 1. Not allowed for metered prices.
   */
  public Optional<Long> quantity() {
    return Optional.ofNullable(quantity);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SubscriptionItemParams)) {
      return false;
    }
    SubscriptionItemParams that = (SubscriptionItemParams) o;
    return Objects.equals(price, that.price)
        && Objects.equals(quantity, that.quantity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        price,
        quantity);
  }

  @Override
  public String toString() {
    return "SubscriptionItemParams{"
        + "price=" + price
        + ", quantity=" + quantity
        + "}";
  }

  /** Builder for {@link SubscriptionItemParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String price;
    private Long quantity;


    private Builder() {}

    /**
     * A recurring price (prefixed {@code price_}). All items need the same currency and
     * interval.
     */
    public Builder price(String value) {
      this.price = value;
      return this;
    }

    /**
     * Units of a fixed price; defaults to 1. Not allowed for metered prices.
     */
    public Builder quantity(Long value) {
      this.quantity = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public SubscriptionItemParams build() {
      if (price == null) {
        throw new IllegalStateException("SubscriptionItemParams.price is required: call price(…)");
      }
      return new SubscriptionItemParams(this);
    }
  }
}
