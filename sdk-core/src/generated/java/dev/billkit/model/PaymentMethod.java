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
 * A card that can be charged. In test mode cards come from test numbers or {@code pm_card_*}
 * tokens, and each one produces a fixed outcome when charged (see the {@code PaymentMethods}
 * tag).
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class PaymentMethod {
  @Json(name = "id")
  private final String id;

  @Json(name = "object")
  private final String object;

  @Json(name = "created_at")
  private final Instant createdAt;

  @Json(name = "livemode")
  private final Boolean livemode;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  @Json(name = "type")
  private final String type;

  @Json(name = "card")
  private final Card card;

  @Json(name = "customer")
  private final String customer;

  private PaymentMethod(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.type = b.type;
    this.card = b.card;
    this.customer = b.customer;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.object = object;
    b.createdAt = createdAt;
    b.livemode = livemode;
    b.metadata = metadata;
    b.type = type;
    b.card = card;
    b.customer = customer;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code pm_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code payment_method}.
   */
  public String object() {
    return object;
  }

  /**
   * When the payment method was created.
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Always false in test mode and in the mock server.
   */
  public Boolean livemode() {
    return livemode;
  }

  /**
   * The {@code metadata} field.
   */
  public Map<String, String> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
  }

  /**
   * {@code card}, the only type in this version.
   */
  public String type() {
    return type;
  }

  /**
   * The {@code card} field.
   */
  public Card card() {
    return card;
  }

  /**
   * The customer (prefixed {@code cus_}) it is attached to, if any.
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaymentMethod)) {
      return false;
    }
    PaymentMethod that = (PaymentMethod) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(type, that.type)
        && Objects.equals(card, that.card)
        && Objects.equals(customer, that.customer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        type,
        card,
        customer);
  }

  @Override
  public String toString() {
    return "PaymentMethod{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", type=" + type
        + ", card=" + card
        + ", customer=" + customer
        + "}";
  }

  /** Builder for {@link PaymentMethod}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String type;
    private Card card;
    private String customer;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code pm_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code payment_method}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the payment method was created.
     */
    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    /**
     * Always false in test mode and in the mock server.
     */
    public Builder livemode(Boolean value) {
      this.livemode = value;
      return this;
    }

    /**
     * Sets {@code metadata}.
     */
    public Builder metadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    /**
     * {@code card}, the only type in this version.
     */
    public Builder type(String value) {
      this.type = value;
      return this;
    }

    /**
     * Sets {@code card}.
     */
    public Builder card(Card value) {
      this.card = value;
      return this;
    }

    /**
     * The customer (prefixed {@code cus_}) it is attached to, if any.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public PaymentMethod build() {
      return new PaymentMethod(this);
    }
  }
}
