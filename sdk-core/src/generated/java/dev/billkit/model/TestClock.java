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
 * A frozen time for test customers. Customers created with {@code test_clock} live by its
 * {@code frozen_time}; advancing it runs every due renewal, trial end, dunning retry, checkout
 * expiry and authorization expiry in time order.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class TestClock {
  @Json(name = "id")
  private final String id;

  @Json(name = "object")
  private final String object;

  @Json(name = "created_at")
  private final Instant createdAt;

  @Json(name = "livemode")
  private final Boolean livemode;

  @Json(name = "name")
  private final String name;

  @Json(name = "frozen_time")
  private final Instant frozenTime;

  @Json(name = "status")
  private final String status;

  @Json(name = "deletes_after")
  private final Instant deletesAfter;

  private TestClock(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.name = b.name;
    this.frozenTime = b.frozenTime;
    this.status = b.status;
    this.deletesAfter = b.deletesAfter;
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
    b.name = name;
    b.frozenTime = frozenTime;
    b.status = status;
    b.deletesAfter = deletesAfter;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code clock_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code test_clock}.
   */
  public String object() {
    return object;
  }

  /**
   * When the clock was created (account time).
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Always false.
   */
  public Boolean livemode() {
    return livemode;
  }

  /**
   * Your name for the clock.
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The clock's current time.
   */
  public Instant frozenTime() {
    return frozenTime;
  }

  /**
   * - {@code ready}: idle; it can be advanced. - {@code advancing}: an advance is running;
   * calls that need the clock wait or fail with {@code invalid_state_transition}. - {@code
   * internal_failure}: an advance failed; delete the clock.
   */
  public Status status() {
    return Status.fromValue(status);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public String statusValue() {
    return status;
  }

  /**
   * When the clock and its objects are deleted automatically (7 days after creation, account
   * time).
   */
  public Instant deletesAfter() {
    return deletesAfter;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TestClock)) {
      return false;
    }
    TestClock that = (TestClock) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(name, that.name)
        && Objects.equals(frozenTime, that.frozenTime)
        && Objects.equals(status, that.status)
        && Objects.equals(deletesAfter, that.deletesAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        name,
        frozenTime,
        status,
        deletesAfter);
  }

  @Override
  public String toString() {
    return "TestClock{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", name=" + name
        + ", frozenTime=" + frozenTime
        + ", status=" + status
        + ", deletesAfter=" + deletesAfter
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    READY("ready"),
    ADVANCING("advancing"),
    INTERNAL_FAILURE("internal_failure"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "ready"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Status fromValue(String value) {
      for (Status c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Status v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Status.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link TestClock}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private String name;
    private Instant frozenTime;
    private String status;
    private Instant deletesAfter;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code clock_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code test_clock}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the clock was created (account time).
     */
    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    /**
     * Always false.
     */
    public Builder livemode(Boolean value) {
      this.livemode = value;
      return this;
    }

    /**
     * Your name for the clock.
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * The clock's current time.
     */
    public Builder frozenTime(Instant value) {
      this.frozenTime = value;
      return this;
    }

    /**
     * - {@code ready}: idle; it can be advanced. - {@code advancing}: an advance is running;
     * calls that need the clock wait or fail with {@code invalid_state_transition}. - {@code
     * internal_failure}: an advance failed; delete the clock.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * When the clock and its objects are deleted automatically (7 days after creation, account
     * time).
     */
    public Builder deletesAfter(Instant value) {
      this.deletesAfter = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public TestClock build() {
      return new TestClock(this);
    }
  }
}
