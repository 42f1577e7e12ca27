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
 * A line to add to a draft invoice: either {@code price} (with {@code quantity}) or {@code
 * amount} with {@code description} (400 {@code parameters_exclusive} for both).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class InvoiceLineParams {
  @Json(name = "price")
  private final String price;

  @Json(name = "quantity")
  private final Long quantity;

  @Json(name = "amount")
  private final Long amount;

  @Json(name = "description")
  private final String description;

  private InvoiceLineParams(Builder b) {
    this.price = b.price;
    this.quantity = b.quantity;
    this.amount = b.amount;
    this.description = b.description;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.price = price;
    b.quantity = quantity;
    b.amount = amount;
    b.description = description;
    return b;
  }

  /**
   * A one-time {@code fixed} price (prefixed {@code price_}) in the invoice's currency.
   */
  public Optional<String> price() {
    return Optional.ofNullable(price);
  }

  /**
   * The quantity of {@code price}; defaults to 1.
   */
  public Optional<Long> quantity() {
    return Optional.ofNullable(quantity);
  }

  /**
   * A free-form amount in minor units.
   */
  public Optional<Long> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * What the line is for; required with {@code amount}, defaults to the product name with
   * {@code price}.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InvoiceLineParams)) {
      return false;
    }
    InvoiceLineParams that = (InvoiceLineParams) o;
    return Objects.equals(price, that.price)
        && Objects.equals(quantity, that.quantity)
        && Objects.equals(amount, that.amount)
        && Objects.equals(description, that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        price,
        quantity,
        amount,
        description);
  }

  @Override
  public String toString() {
    return "InvoiceLineParams{"
        + "price=" + price
        + ", quantity=" + quantity
        + ", amount=" + amount
        + ", description=" + description
        + "}";
  }

  /** Builder for {@link InvoiceLineParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String price;
    private Long quantity;
    private Long amount;
    private String description;


    private Builder() {}

    /**
     * A one-time {@code fixed} price (prefixed {@code price_}) in the invoice's currency.
     */
    public Builder price(String value) {
      this.price = value;
      return this;
    }

    /**
     * The quantity of {@code price}; defaults to 1.
     */
    public Builder quantity(Long value) {
      this.quantity = value;
      return this;
    }

    /**
     * A free-form amount in minor units.
     */
    public Builder amount(Long value) {
      this.amount = value;
      return this;
    }

    /**
     * What the line is for; required with {@code amount}, defaults to the product name with
     * {@code price}.
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public InvoiceLineParams build() {
      return new InvoiceLineParams(this);
    }
  }
}
