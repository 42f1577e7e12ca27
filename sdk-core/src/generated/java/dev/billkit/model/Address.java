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
 * A postal address. Every field is always present and may be null.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Address {
  @Json(name = "line1")
  private final String line1;

  @Json(name = "line2")
  private final String line2;

  @Json(name = "city")
  private final String city;

  @Json(name = "state")
  private final String state;

  @Json(name = "postal_code")
  private final String postalCode;

  @Json(name = "country")
  private final String country;

  private Address(Builder b) {
    this.line1 = b.line1;
    this.line2 = b.line2;
    this.city = b.city;
    this.state = b.state;
    this.postalCode = b.postalCode;
    this.country = b.country;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.line1 = line1;
    b.line2 = line2;
    b.city = city;
    b.state = state;
    b.postalCode = postalCode;
    b.country = country;
    return b;
  }

  /**
   * Street address.
   */
  public Optional<String> line1() {
    return Optional.ofNullable(line1);
  }

  /**
   * Apartment, suite or building.
   */
  public Optional<String> line2() {
    return Optional.ofNullable(line2);
  }

  /**
   * City or locality.
   */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /**
   * State, county or province.
   */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /**
   * ZIP or postal code.
   */
  public Optional<String> postalCode() {
    return Optional.ofNullable(postalCode);
  }

  /**
   * Two-letter ISO 3166-1 country code, uppercase.
   */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Address)) {
      return false;
    }
    Address that = (Address) o;
    return Objects.equals(line1, that.line1)
        && Objects.equals(line2, that.line2)
        && Objects.equals(city, that.city)
        && Objects.equals(state, that.state)
        && Objects.equals(postalCode, that.postalCode)
        && Objects.equals(country, that.country);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        line1,
        line2,
        city,
        state,
        postalCode,
        country);
  }

  @Override
  public String toString() {
    return "Address{"
        + "line1=" + line1
        + ", line2=" + line2
        + ", city=" + city
        + ", state=" + state
        + ", postalCode=" + postalCode
        + ", country=" + country
        + "}";
  }

  /** Builder for {@link Address}. Mutable and not thread-safe. */
  public static final class Builder {
    private String line1;
    private String line2;
    private String city;
    private String state;
    private String postalCode;
    private String country;


    private Builder() {}

    /**
     * Street address.
     */
    public Builder line1(String value) {
      this.line1 = value;
      return this;
    }

    /**
     * Apartment, suite or building.
     */
    public Builder line2(String value) {
      this.line2 = value;
      return this;
    }

    /**
     * City or locality.
     */
    public Builder city(String value) {
      this.city = value;
      return this;
    }

    /**
     * State, county or province.
     */
    public Builder state(String value) {
      this.state = value;
      return this;
    }

    /**
     * ZIP or postal code.
     */
    public Builder postalCode(String value) {
      this.postalCode = value;
      return this;
    }

    /**
     * Two-letter ISO 3166-1 country code, uppercase.
     */
    public Builder country(String value) {
      this.country = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Address build() {
      return new Address(this);
    }
  }
}
