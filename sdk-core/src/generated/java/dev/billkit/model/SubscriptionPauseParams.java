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
 * Parameters to pause a subscription at the end of its current period.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class SubscriptionPauseParams {
  @Json(name = "resumes_at")
  private final Instant resumesAt;

  private SubscriptionPauseParams(Builder b) {
    this.resumesAt = b.resumesAt;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.resumesAt = resumesAt;
    return b;
  }

  /**
   * Resume by itself at this time (after the current period ends); omit to stay paused until
   * resumed.
   */
  public Optional<Instant> resumesAt() {
    return Optional.ofNullable(resumesAt);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SubscriptionPauseParams)) {
      return false;
    }
    SubscriptionPauseParams that = (SubscriptionPauseParams) o;
    return Objects.equals(resumesAt, that.resumesAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        resumesAt);
  }

  @Override
  public String toString() {
    return "SubscriptionPauseParams{"
        + "resumesAt=" + resumesAt
        + "}";
  }

  /** Builder for {@link SubscriptionPauseParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Instant resumesAt;


    private Builder() {}

    /**
     * Resume by itself at this time (after the current period ends); omit to stay paused until
     * resumed.
     */
    public Builder resumesAt(Instant value) {
      this.resumesAt = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public SubscriptionPauseParams build() {
      return new SubscriptionPauseParams(this);
    }
  }
}
