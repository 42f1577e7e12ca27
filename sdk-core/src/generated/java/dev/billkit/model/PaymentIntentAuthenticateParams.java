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
 * The outcome of the simulated 3D Secure challenge.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class PaymentIntentAuthenticateParams {
  @Json(name = "outcome")
  private final String outcome;

  private PaymentIntentAuthenticateParams(Builder b) {
    this.outcome = b.outcome;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.outcome = outcome;
    return b;
  }

  /**
   * {@code succeed} (default) completes the challenge; {@code fail} fails it.
   */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome).map(Outcome::fromValue);
  }

  /** The raw {@code outcome} string, kept even when this SDK does not know the value. */
  public Optional<String> outcomeValue() {
    return Optional.ofNullable(outcome);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaymentIntentAuthenticateParams)) {
      return false;
    }
    PaymentIntentAuthenticateParams that = (PaymentIntentAuthenticateParams) o;
    return Objects.equals(outcome, that.outcome);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        outcome);
  }

  @Override
  public String toString() {
    return "PaymentIntentAuthenticateParams{"
        + "outcome=" + outcome
        + "}";
  }

  /**
   * Values of {@code outcome}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Outcome {
    SUCCEED("succeed"),
    FAIL("fail"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Outcome(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "succeed"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Outcome fromValue(String value) {
      for (Outcome c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Outcome v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Outcome.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link PaymentIntentAuthenticateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String outcome;


    private Builder() {}

    /**
     * {@code succeed} (default) completes the challenge; {@code fail} fails it.
     */
    public Builder outcome(Outcome value) {
      this.outcome = Outcome.wire(value);
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public PaymentIntentAuthenticateParams build() {
      return new PaymentIntentAuthenticateParams(this);
    }
  }
}
