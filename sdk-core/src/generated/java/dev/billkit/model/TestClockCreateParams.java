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
 * Parameters to create a test clock.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class TestClockCreateParams {
  @Json(name = "frozen_time")
  private final Instant frozenTime;

  @Json(name = "name")
  private final String name;

  private TestClockCreateParams(Builder b) {
    this.frozenTime = b.frozenTime;
    this.name = b.name;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.frozenTime = frozenTime;
    b.name = name;
    return b;
  }

  /**
   * The clock's starting time.
   */
  public Instant frozenTime() {
    return frozenTime;
  }

  /**
   * Your name for the clock.
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TestClockCreateParams)) {
      return false;
    }
    TestClockCreateParams that = (TestClockCreateParams) o;
    return Objects.equals(frozenTime, that.frozenTime)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        frozenTime,
        name);
  }

  @Override
  public String toString() {
    return "TestClockCreateParams{"
        + "frozenTime=" + frozenTime
        + ", name=" + name
        + "}";
  }

  /** Builder for {@link TestClockCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Instant frozenTime;
    private String name;


    private Builder() {}

    /**
     * The clock's starting time.
     */
    public Builder frozenTime(Instant value) {
      this.frozenTime = value;
      return this;
    }

    /**
     * Your name for the clock.
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public TestClockCreateParams build() {
      if (frozenTime == null) {
        throw new IllegalStateException("TestClockCreateParams.frozen_time is required: call frozenTime(…)");
      }
      return new TestClockCreateParams(this);
    }
  }
}
