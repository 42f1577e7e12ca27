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
 * Parameters to update a subscription. Plan changes and proration are not part of this
 * version.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class SubscriptionUpdateParams implements ExplicitNulls {
  @Json(name = "default_payment_method")
  private final String defaultPaymentMethod;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private final transient Set<String> explicitNulls;

  private SubscriptionUpdateParams(Builder b) {
    this.explicitNulls = Collections.unmodifiableSet(new LinkedHashSet<>(b.explicitNulls));
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
    b.defaultPaymentMethod = defaultPaymentMethod;
    b.metadata = metadata;
    return b;
  }

  /**
   * A payment method (prefixed {@code pm_}) attached to the customer; null falls back to the
   * customer's default.
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
    if (!(o instanceof SubscriptionUpdateParams)) {
      return false;
    }
    SubscriptionUpdateParams that = (SubscriptionUpdateParams) o;
    return Objects.equals(defaultPaymentMethod, that.defaultPaymentMethod)
        && Objects.equals(metadata, that.metadata)
        && explicitNulls.equals(that.explicitNulls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        defaultPaymentMethod,
        metadata,
        explicitNulls);
  }

  @Override
  public String toString() {
    return "SubscriptionUpdateParams{"
        + "defaultPaymentMethod=" + defaultPaymentMethod
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link SubscriptionUpdateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String defaultPaymentMethod;
    private Map<String, String> metadata;

    private final Set<String> explicitNulls = new LinkedHashSet<>();

    private Builder() {}

    /**
     * A payment method (prefixed {@code pm_}) attached to the customer; null falls back to the
     * customer's default.
     */
    public Builder defaultPaymentMethod(String value) {
      this.defaultPaymentMethod = value;
      explicitNulls.remove("default_payment_method");
      return this;
    }

    /** Sends {@code "default_payment_method": null}, which clears the field on the server. */
    public Builder clearDefaultPaymentMethod() {
      this.defaultPaymentMethod = null;
      explicitNulls.add("default_payment_method");
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
    public SubscriptionUpdateParams build() {
      return new SubscriptionUpdateParams(this);
    }
  }
}
