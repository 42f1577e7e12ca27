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
 * A customer's usage and credits on one meter in the current billing period.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class CustomerMeter {
  @Json(name = "meter")
  private final String meter;

  @Json(name = "consumed_units")
  private final Long consumedUnits;

  @Json(name = "credited_units")
  private final Long creditedUnits;

  @Json(name = "balance")
  private final Long balance;

  private CustomerMeter(Builder b) {
    this.meter = b.meter;
    this.consumedUnits = b.consumedUnits;
    this.creditedUnits = b.creditedUnits;
    this.balance = b.balance;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.meter = meter;
    b.consumedUnits = consumedUnits;
    b.creditedUnits = creditedUnits;
    b.balance = balance;
    return b;
  }

  /**
   * The meter, prefixed {@code mtr_}.
   */
  public String meter() {
    return meter;
  }

  /**
   * Units consumed in the current period (the meter's aggregation over the customer's usage
   * events).
   */
  public Long consumedUnits() {
    return consumedUnits;
  }

  /**
   * Units credited by {@code meter_credit} benefits in the current period.
   */
  public Long creditedUnits() {
    return creditedUnits;
  }

  /**
   * {@code credited_units - consumed_units}; negative when usage exceeds the credits.
   */
  public Long balance() {
    return balance;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CustomerMeter)) {
      return false;
    }
    CustomerMeter that = (CustomerMeter) o;
    return Objects.equals(meter, that.meter)
        && Objects.equals(consumedUnits, that.consumedUnits)
        && Objects.equals(creditedUnits, that.creditedUnits)
        && Objects.equals(balance, that.balance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        meter,
        consumedUnits,
        creditedUnits,
        balance);
  }

  @Override
  public String toString() {
    return "CustomerMeter{"
        + "meter=" + meter
        + ", consumedUnits=" + consumedUnits
        + ", creditedUnits=" + creditedUnits
        + ", balance=" + balance
        + "}";
  }

  /** Builder for {@link CustomerMeter}. Mutable and not thread-safe. */
  public static final class Builder {
    private String meter;
    private Long consumedUnits;
    private Long creditedUnits;
    private Long balance;


    private Builder() {}

    /**
     * The meter, prefixed {@code mtr_}.
     */
    public Builder meter(String value) {
      this.meter = value;
      return this;
    }

    /**
     * Units consumed in the current period (the meter's aggregation over the customer's usage
     * events).
     */
    public Builder consumedUnits(Long value) {
      this.consumedUnits = value;
      return this;
    }

    /**
     * Units credited by {@code meter_credit} benefits in the current period.
     */
    public Builder creditedUnits(Long value) {
      this.creditedUnits = value;
      return this;
    }

    /**
     * {@code credited_units - consumed_units}; negative when usage exceeds the credits.
     */
    public Builder balance(Long value) {
      this.balance = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public CustomerMeter build() {
      return new CustomerMeter(this);
    }
  }
}
