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
 * Parameters to move a test clock forward. The new time must be later than {@code frozen_time}
 * and at most two years ahead of it, so one call can run a year of monthly renewals.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class TestClockAdvanceParams {
  @Json(name = "frozen_time")
  private final Instant frozenTime;

  private TestClockAdvanceParams(Builder b) {
    this.frozenTime = b.frozenTime;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.frozenTime = frozenTime;
    return b;
  }

  /**
   * The new time.
   */
  public Instant frozenTime() {
    return frozenTime;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TestClockAdvanceParams)) {
      return false;
    }
    TestClockAdvanceParams that = (TestClockAdvanceParams) o;
    return Objects.equals(frozenTime, that.frozenTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        frozenTime);
  }

  @Override
  public String toString() {
    return "TestClockAdvanceParams{"
        + "frozenTime=" + frozenTime
        + "}";
  }

  /** Builder for {@link TestClockAdvanceParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Instant frozenTime;


    private Builder() {}

    /**
     * The new time.
     */
    public Builder frozenTime(Instant value) {
      this.frozenTime = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public TestClockAdvanceParams build() {
      if (frozenTime == null) {
        throw new IllegalStateException("TestClockAdvanceParams.frozen_time is required: call frozenTime(…)");
      }
      return new TestClockAdvanceParams(this);
    }
  }
}
