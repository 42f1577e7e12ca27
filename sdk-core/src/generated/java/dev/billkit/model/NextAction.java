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
 * What must happen before a payment intent can continue.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class NextAction {
  @Json(name = "type")
  private final String type;

  private NextAction(Builder b) {
    this.type = b.type;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    return b;
  }

  /**
   * - {@code use_test_authentication}: the card needs 3D Secure; complete it with <code>POST
   * /v1/test_helpers/payment_intents/&#123;payment_intent&#125;/authenticate</code>.
   */
  public String type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NextAction)) {
      return false;
    }
    NextAction that = (NextAction) o;
    return Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        type);
  }

  @Override
  public String toString() {
    return "NextAction{"
        + "type=" + type
        + "}";
  }

  /** Builder for {@link NextAction}. Mutable and not thread-safe. */
  public static final class Builder {
    private String type;


    private Builder() {}

    /**
     * - {@code use_test_authentication}: the card needs 3D Secure; complete it with <code>POST
     * /v1/test_helpers/payment_intents/&#123;payment_intent&#125;/authenticate</code>.
     */
    public Builder type(String value) {
      this.type = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public NextAction build() {
      return new NextAction(this);
    }
  }
}
