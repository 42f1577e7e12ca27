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
 * Parameters to update a customer. Omitted fields are left unchanged.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class CustomerUpdateParams implements ExplicitNulls {
  @Json(name = "email")
  private final String email;

  @Json(name = "name")
  private final String name;

  @Json(name = "external_id")
  private final String externalId;

  @Json(name = "billing_address")
  private final AddressParams billingAddress;

  @Json(name = "default_payment_method")
  private final String defaultPaymentMethod;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private final transient Set<String> explicitNulls;

  private CustomerUpdateParams(Builder b) {
    this.explicitNulls = Collections.unmodifiableSet(new LinkedHashSet<>(b.explicitNulls));
    this.email = b.email;
    this.name = b.name;
    this.externalId = b.externalId;
    this.billingAddress = b.billingAddress;
    this.defaultPaymentMethod = b.defaultPaymentMethod;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.explicitNulls.addAll(explicitNulls);
    b.email = email;
    b.name = name;
    b.externalId = externalId;
    b.billingAddress = billingAddress;
    b.defaultPaymentMethod = defaultPaymentMethod;
    b.metadata = metadata;
    return b;
  }

  /**
   * The customer's email address.
   */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * The customer's full name; null clears it.
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Your own id for this customer; null clears it. Must stay unique within the account.
   */
  public Optional<String> externalId() {
    return Optional.ofNullable(externalId);
  }

  /**
   * The billing address; null clears it.
   */
  public Optional<AddressParams> billingAddress() {
    return Optional.ofNullable(billingAddress);
  }

  /**
   * A payment method (prefixed {@code pm_}) already attached to this customer.
   */
  public Optional<String> defaultPaymentMethod() {
    return Optional.ofNullable(defaultPaymentMethod);
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
    if (!(o instanceof CustomerUpdateParams)) {
      return false;
    }
    CustomerUpdateParams that = (CustomerUpdateParams) o;
    return Objects.equals(email, that.email)
        && Objects.equals(name, that.name)
        && Objects.equals(externalId, that.externalId)
        && Objects.equals(billingAddress, that.billingAddress)
        && Objects.equals(defaultPaymentMethod, that.defaultPaymentMethod)
        && Objects.equals(metadata, that.metadata)
        && explicitNulls.equals(that.explicitNulls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        email,
        name,
        externalId,
        billingAddress,
        defaultPaymentMethod,
        metadata,
        explicitNulls);
  }

  @Override
  public String toString() {
    return "CustomerUpdateParams{"
        + "email=" + email
        + ", name=" + name
        + ", externalId=" + externalId
        + ", billingAddress=" + billingAddress
        + ", defaultPaymentMethod=" + defaultPaymentMethod
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link CustomerUpdateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String email;
    private String name;
    private String externalId;
    private AddressParams billingAddress;
    private String defaultPaymentMethod;
    private Map<String, String> metadata;

    private final Set<String> explicitNulls = new LinkedHashSet<>();

    private Builder() {}

    /**
     * The customer's email address.
     */
    public Builder email(String value) {
      this.email = value;
      return this;
    }

    /**
     * The customer's full name; null clears it.
     */
    public Builder name(String value) {
      this.name = value;
      explicitNulls.remove("name");
      return this;
    }

    /** Sends {@code "name": null}, which clears the field on the server. */
    public Builder clearName() {
      this.name = null;
      explicitNulls.add("name");
      return this;
    }

    /**
     * Your own id for this customer; null clears it. Must stay unique within the account.
     */
    public Builder externalId(String value) {
      this.externalId = value;
      explicitNulls.remove("external_id");
      return this;
    }

    /** Sends {@code "external_id": null}, which clears the field on the server. */
    public Builder clearExternalId() {
      this.externalId = null;
      explicitNulls.add("external_id");
      return this;
    }

    /**
     * The billing address; null clears it.
     */
    public Builder billingAddress(AddressParams value) {
      this.billingAddress = value;
      explicitNulls.remove("billing_address");
      return this;
    }

    /** Sends {@code "billing_address": null}, which clears the field on the server. */
    public Builder clearBillingAddress() {
      this.billingAddress = null;
      explicitNulls.add("billing_address");
      return this;
    }

    /**
     * A payment method (prefixed {@code pm_}) already attached to this customer.
     */
    public Builder defaultPaymentMethod(String value) {
      this.defaultPaymentMethod = value;
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
    public CustomerUpdateParams build() {
      return new CustomerUpdateParams(this);
    }
  }
}
