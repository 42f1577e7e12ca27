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
 * Parameters to create a one-off draft invoice.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class InvoiceCreateParams {
  @Json(name = "customer")
  private final String customer;

  @Json(name = "currency")
  private final String currency;

  @Json(name = "description")
  private final String description;

  @Json(name = "lines")
  private final List<InvoiceLineParams> lines;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private InvoiceCreateParams(Builder b) {
    this.customer = b.customer;
    this.currency = b.currency;
    this.description = b.description;
    this.lines = b.lines == null ? null : List.copyOf(b.lines);
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.customer = customer;
    b.currency = currency;
    b.description = description;
    b.lines = lines;
    b.metadata = metadata;
    return b;
  }

  /**
   * The customer (prefixed {@code cus_}) to bill.
   */
  public String customer() {
    return customer;
  }

  /**
   * The {@code currency} field.
   */
  public String currency() {
    return currency;
  }

  /**
   * A memo shown on the invoice.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Initial lines; more can be added while it is a draft.
   */
  public List<InvoiceLineParams> lines() {
    return lines == null ? List.of() : Collections.unmodifiableList(lines);
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
    if (!(o instanceof InvoiceCreateParams)) {
      return false;
    }
    InvoiceCreateParams that = (InvoiceCreateParams) o;
    return Objects.equals(customer, that.customer)
        && Objects.equals(currency, that.currency)
        && Objects.equals(description, that.description)
        && Objects.equals(lines, that.lines)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        customer,
        currency,
        description,
        lines,
        metadata);
  }

  @Override
  public String toString() {
    return "InvoiceCreateParams{"
        + "customer=" + customer
        + ", currency=" + currency
        + ", description=" + description
        + ", lines=" + lines
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link InvoiceCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String customer;
    private String currency;
    private String description;
    private List<InvoiceLineParams> lines;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * The customer (prefixed {@code cus_}) to bill.
     */
    public Builder customer(String value) {
      this.customer = value;
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
     * A memo shown on the invoice.
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Initial lines; more can be added while it is a draft.
     */
    public Builder lines(List<InvoiceLineParams> value) {
      this.lines = value;
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
    public InvoiceCreateParams build() {
      if (customer == null) {
        throw new IllegalStateException("InvoiceCreateParams.customer is required: call customer(…)");
      }
      if (currency == null) {
        throw new IllegalStateException("InvoiceCreateParams.currency is required: call currency(…)");
      }
      return new InvoiceCreateParams(this);
    }
  }
}
