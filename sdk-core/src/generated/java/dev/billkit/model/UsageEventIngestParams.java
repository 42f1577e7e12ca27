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
 * A batch of usage events. The batch is validated as a whole; if any event is invalid, none is
 * stored.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class UsageEventIngestParams {
  @Json(name = "events")
  private final List<UsageEventParams> events;

  private UsageEventIngestParams(Builder b) {
    this.events = b.events == null ? null : List.copyOf(b.events);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.events = events;
    return b;
  }

  /**
   * Up to 1000 events.
   */
  public List<UsageEventParams> events() {
    return events == null ? List.of() : Collections.unmodifiableList(events);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof UsageEventIngestParams)) {
      return false;
    }
    UsageEventIngestParams that = (UsageEventIngestParams) o;
    return Objects.equals(events, that.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        events);
  }

  @Override
  public String toString() {
    return "UsageEventIngestParams{"
        + "events=" + events
        + "}";
  }

  /** Builder for {@link UsageEventIngestParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private List<UsageEventParams> events;


    private Builder() {}

    /**
     * Up to 1000 events.
     */
    public Builder events(List<UsageEventParams> value) {
      this.events = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public UsageEventIngestParams build() {
      if (events == null) {
        throw new IllegalStateException("UsageEventIngestParams.events is required: call events(…)");
      }
      return new UsageEventIngestParams(this);
    }
  }
}
