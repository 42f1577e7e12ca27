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
 * Parameters to send an event again.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class EventRedeliverParams {
  @Json(name = "webhook_endpoint")
  private final String webhookEndpoint;

  private EventRedeliverParams(Builder b) {
    this.webhookEndpoint = b.webhookEndpoint;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.webhookEndpoint = webhookEndpoint;
    return b;
  }

  /**
   * Only to this endpoint (prefixed {@code we_}); defaults to every enabled endpoint
   * subscribed to the event's type.
   */
  public Optional<String> webhookEndpoint() {
    return Optional.ofNullable(webhookEndpoint);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EventRedeliverParams)) {
      return false;
    }
    EventRedeliverParams that = (EventRedeliverParams) o;
    return Objects.equals(webhookEndpoint, that.webhookEndpoint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        webhookEndpoint);
  }

  @Override
  public String toString() {
    return "EventRedeliverParams{"
        + "webhookEndpoint=" + webhookEndpoint
        + "}";
  }

  /** Builder for {@link EventRedeliverParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String webhookEndpoint;


    private Builder() {}

    /**
     * Only to this endpoint (prefixed {@code we_}); defaults to every enabled endpoint
     * subscribed to the event's type.
     */
    public Builder webhookEndpoint(String value) {
      this.webhookEndpoint = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public EventRedeliverParams build() {
      return new EventRedeliverParams(this);
    }
  }
}
