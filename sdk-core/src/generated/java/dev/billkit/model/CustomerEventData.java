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
 * The payload of customer events.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class CustomerEventData {
  @Json(name = "object")
  private final Customer object;

  @Json(name = "previous_attributes")
  private final Map<String, Object> previousAttributes;

  private CustomerEventData(Builder b) {
    this.object = b.object;
    this.previousAttributes = b.previousAttributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.previousAttributes));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.object = object;
    b.previousAttributes = previousAttributes;
    return b;
  }

  /**
   * The {@code object} field.
   */
  public Customer object() {
    return object;
  }

  /**
   * For updates, the changed fields with their values before the change; null otherwise.
   */
  public Map<String, Object> previousAttributes() {
    return previousAttributes == null ? Map.of() : Collections.unmodifiableMap(previousAttributes);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CustomerEventData)) {
      return false;
    }
    CustomerEventData that = (CustomerEventData) o;
    return Objects.equals(object, that.object)
        && Objects.equals(previousAttributes, that.previousAttributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        object,
        previousAttributes);
  }

  @Override
  public String toString() {
    return "CustomerEventData{"
        + "object=" + object
        + ", previousAttributes=" + previousAttributes
        + "}";
  }

  /** Builder for {@link CustomerEventData}. Mutable and not thread-safe. */
  public static final class Builder {
    private Customer object;
    private Map<String, Object> previousAttributes;


    private Builder() {}

    /**
     * Sets {@code object}.
     */
    public Builder object(Customer value) {
      this.object = value;
      return this;
    }

    /**
     * For updates, the changed fields with their values before the change; null otherwise.
     */
    public Builder previousAttributes(Map<String, Object> value) {
      this.previousAttributes = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public CustomerEventData build() {
      return new CustomerEventData(this);
    }
  }
}
