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
 * One price billed by a subscription every period.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class SubscriptionItem {
  @Json(name = "price")
  private final String price;

  @Json(name = "quantity")
  private final Long quantity;

  private SubscriptionItem(Builder b) {
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
   * The recurring price (prefixed {@code price_}).
   */
  public String price() {
    return price;
  }

  /**
   * How many units of a fixed price; always 1 for a metered price (its usage decides the
   * amount).
   */
  public Long quantity() {
    return quantity;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SubscriptionItem)) {
      return false;
    }
    SubscriptionItem that = (SubscriptionItem) o;
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
    return "SubscriptionItem{"
        + "price=" + price
        + ", quantity=" + quantity
        + "}";
  }

  /** Builder for {@link SubscriptionItem}. Mutable and not thread-safe. */
  public static final class Builder {
    private String price;
    private Long quantity;


    private Builder() {}

    /**
     * The recurring price (prefixed {@code price_}).
     */
    public Builder price(String value) {
      this.price = value;
      return this;
    }

    /**
     * How many units of a fixed price; always 1 for a metered price (its usage decides the
     * amount).
     */
    public Builder quantity(Long value) {
      this.quantity = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public SubscriptionItem build() {
      return new SubscriptionItem(this);
    }
  }
}
