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
 * Parameters to cancel a subscription now or at the end of its period.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class SubscriptionCancelParams {
  @Json(name = "at_period_end")
  private final Boolean atPeriodEnd;

  @Json(name = "reason")
  private final String reason;

  @Json(name = "comment")
  private final String comment;

  private SubscriptionCancelParams(Builder b) {
    this.atPeriodEnd = b.atPeriodEnd;
    this.reason = b.reason;
    this.comment = b.comment;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.atPeriodEnd = atPeriodEnd;
    b.reason = reason;
    b.comment = comment;
    return b;
  }

  /**
   * End at {@code current_period_end} (true) or now (false, the default).
   */
  public Optional<Boolean> atPeriodEnd() {
    return Optional.ofNullable(atPeriodEnd);
  }

  /**
   * The customer's stated reason.
   */
  public Optional<Reason> reason() {
    return Optional.ofNullable(reason).map(Reason::fromValue);
  }

  /** The raw {@code reason} string, kept even when this SDK does not know the value. */
  public Optional<String> reasonValue() {
    return Optional.ofNullable(reason);
  }

  /**
   * Free-text feedback.
   */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SubscriptionCancelParams)) {
      return false;
    }
    SubscriptionCancelParams that = (SubscriptionCancelParams) o;
    return Objects.equals(atPeriodEnd, that.atPeriodEnd)
        && Objects.equals(reason, that.reason)
        && Objects.equals(comment, that.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        atPeriodEnd,
        reason,
        comment);
  }

  @Override
  public String toString() {
    return "SubscriptionCancelParams{"
        + "atPeriodEnd=" + atPeriodEnd
        + ", reason=" + reason
        + ", comment=" + comment
        + "}";
  }

  /**
   * Values of {@code reason}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Reason {
    CUSTOMER_SERVICE("customer_service"),
    LOW_QUALITY("low_quality"),
    MISSING_FEATURES("missing_features"),
    SWITCHED_SERVICE("switched_service"),
    TOO_COMPLEX("too_complex"),
    TOO_EXPENSIVE("too_expensive"),
    UNUSED("unused"),
    OTHER("other"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Reason(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "customer_service"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Reason fromValue(String value) {
      for (Reason c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Reason v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Reason.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link SubscriptionCancelParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Boolean atPeriodEnd;
    private String reason;
    private String comment;


    private Builder() {}

    /**
     * End at {@code current_period_end} (true) or now (false, the default).
     */
    public Builder atPeriodEnd(Boolean value) {
      this.atPeriodEnd = value;
      return this;
    }

    /**
     * The customer's stated reason.
     */
    public Builder reason(Reason value) {
      this.reason = Reason.wire(value);
      return this;
    }

    /**
     * Free-text feedback.
     */
    public Builder comment(String value) {
      this.comment = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public SubscriptionCancelParams build() {
      return new SubscriptionCancelParams(this);
    }
  }
}
