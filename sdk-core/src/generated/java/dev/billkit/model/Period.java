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
 * A half-open time range {@code [start, end)}.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Period {
  @Json(name = "start")
  private final Instant start;

  @Json(name = "end")
  private final Instant end;

  private Period(Builder b) {
    this.start = b.start;
    this.end = b.end;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.start = start;
    b.end = end;
    return b;
  }

  /**
   * Inclusive start.
   */
  public Instant start() {
    return start;
  }

  /**
   * Exclusive end.
   */
  public Instant end() {
    return end;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Period)) {
      return false;
    }
    Period that = (Period) o;
    return Objects.equals(start, that.start)
        && Objects.equals(end, that.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        start,
        end);
  }

  @Override
  public String toString() {
    return "Period{"
        + "start=" + start
        + ", end=" + end
        + "}";
  }

  /** Builder for {@link Period}. Mutable and not thread-safe. */
  public static final class Builder {
    private Instant start;
    private Instant end;


    private Builder() {}

    /**
     * Inclusive start.
     */
    public Builder start(Instant value) {
      this.start = value;
      return this;
    }

    /**
     * Exclusive end.
     */
    public Builder end(Instant value) {
      this.end = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Period build() {
      return new Period(this);
    }
  }
}
