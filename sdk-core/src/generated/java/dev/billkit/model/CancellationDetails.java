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
 * Why and how a subscription was canceled.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class CancellationDetails {
  @Json(name = "cause")
  private final String cause;

  @Json(name = "reason")
  private final String reason;

  @Json(name = "comment")
  private final String comment;

  private CancellationDetails(Builder b) {
    this.cause = b.cause;
    this.reason = b.reason;
    this.comment = b.comment;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.cause = cause;
    b.reason = reason;
    b.comment = comment;
    return b;
  }

  /**
   * What canceled it. - {@code cancellation_requested}: the cancel call. - {@code
   * payment_failed}: dunning retries were exhausted. - {@code customer_deleted}: its customer
   * was deleted.
   */
  public Cause cause() {
    return Cause.fromValue(cause);
  }

  /** The raw {@code cause} string, kept even when this SDK does not know the value. */
  public String causeValue() {
    return cause;
  }

  /**
   * The customer's stated reason, given to the cancel call. - {@code customer_service}, {@code
   * low_quality}, {@code missing_features}, {@code switched_service}, {@code too_complex},
   * {@code too_expensive}, {@code unused}, {@code other}.
   */
  public Optional<Reason> reason() {
    return Optional.ofNullable(reason).map(Reason::fromValue);
  }

  /** The raw {@code reason} string, kept even when this SDK does not know the value. */
  public Optional<String> reasonValue() {
    return Optional.ofNullable(reason);
  }

  /**
   * Free-text feedback given to the cancel call.
   */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CancellationDetails)) {
      return false;
    }
    CancellationDetails that = (CancellationDetails) o;
    return Objects.equals(cause, that.cause)
        && Objects.equals(reason, that.reason)
        && Objects.equals(comment, that.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        cause,
        reason,
        comment);
  }

  @Override
  public String toString() {
    return "CancellationDetails{"
        + "cause=" + cause
        + ", reason=" + reason
        + ", comment=" + comment
        + "}";
  }

  /**
   * Values of {@code cause}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Cause {
    CANCELLATION_REQUESTED("cancellation_requested"),
    PAYMENT_FAILED("payment_failed"),
    CUSTOMER_DELETED("customer_deleted"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Cause(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "cancellation_requested"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Cause fromValue(String value) {
      for (Cause c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Cause v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Cause.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
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

  /** Builder for {@link CancellationDetails}. Mutable and not thread-safe. */
  public static final class Builder {
    private String cause;
    private String reason;
    private String comment;


    private Builder() {}

    /**
     * What canceled it. - {@code cancellation_requested}: the cancel call. - {@code
     * payment_failed}: dunning retries were exhausted. - {@code customer_deleted}: its customer
     * was deleted.
     */
    public Builder cause(Cause value) {
      this.cause = Cause.wire(value);
      return this;
    }

    /**
     * The customer's stated reason, given to the cancel call. - {@code customer_service}, {@code
     * low_quality}, {@code missing_features}, {@code switched_service}, {@code too_complex},
     * {@code too_expensive}, {@code unused}, {@code other}.
     */
    public Builder reason(Reason value) {
      this.reason = Reason.wire(value);
      return this;
    }

    /**
     * Free-text feedback given to the cancel call.
     */
    public Builder comment(String value) {
      this.comment = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public CancellationDetails build() {
      return new CancellationDetails(this);
    }
  }
}
