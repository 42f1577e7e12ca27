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
 * Parameters to create a card payment method, from a test card number or a test token.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class PaymentMethodCreateParams {
  @Json(name = "type")
  private final String type;

  @Json(name = "card")
  private final CardParams card;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private PaymentMethodCreateParams(Builder b) {
    this.type = b.type;
    this.card = b.card;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.card = card;
    b.metadata = metadata;
    return b;
  }

  /**
   * Must be {@code card}.
   */
  public String type() {
    return type;
  }

  /**
   * The {@code card} field.
   */
  public CardParams card() {
    return card;
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
    if (!(o instanceof PaymentMethodCreateParams)) {
      return false;
    }
    PaymentMethodCreateParams that = (PaymentMethodCreateParams) o;
    return Objects.equals(type, that.type)
        && Objects.equals(card, that.card)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        type,
        card,
        metadata);
  }

  @Override
  public String toString() {
    return "PaymentMethodCreateParams{"
        + "type=" + type
        + ", card=" + card
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link PaymentMethodCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String type;
    private CardParams card;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * Must be {@code card}.
     */
    public Builder type(String value) {
      this.type = value;
      return this;
    }

    /**
     * Sets {@code card}.
     */
    public Builder card(CardParams value) {
      this.card = value;
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
    public PaymentMethodCreateParams build() {
      if (type == null) {
        throw new IllegalStateException("PaymentMethodCreateParams.type is required: call type(…)");
      }
      if (card == null) {
        throw new IllegalStateException("PaymentMethodCreateParams.card is required: call card(…)");
      }
      return new PaymentMethodCreateParams(this);
    }
  }
}
