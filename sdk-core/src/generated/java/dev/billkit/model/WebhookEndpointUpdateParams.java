// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import dev.billkit.internal.json.ExplicitNulls;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters to update a webhook endpoint. Enabling it resets its consecutive failure count.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class WebhookEndpointUpdateParams implements ExplicitNulls {
  @Json(name = "url")
  private final String url;

  @Json(name = "enabled_events")
  private final List<String> enabledEvents;

  @Json(name = "status")
  private final String status;

  @Json(name = "description")
  private final String description;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private final transient Set<String> explicitNulls;

  private WebhookEndpointUpdateParams(Builder b) {
    this.explicitNulls = Collections.unmodifiableSet(new LinkedHashSet<>(b.explicitNulls));
    this.url = b.url;
    this.enabledEvents = b.enabledEvents == null ? null : List.copyOf(b.enabledEvents);
    this.status = b.status;
    this.description = b.description;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.explicitNulls.addAll(explicitNulls);
    b.url = url;
    b.enabledEvents = enabledEvents;
    b.status = status;
    b.description = description;
    b.metadata = metadata;
    return b;
  }

  /**
   * An {@code http} or {@code https} URL.
   */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   * Event types from the catalogue, or {@code ["*"]}.
   */
  public List<String> enabledEvents() {
    return enabledEvents == null ? List.of() : Collections.unmodifiableList(enabledEvents);
  }

  /**
   * {@code disabled} to stop deliveries, {@code enabled} to resume them.
   */
  public Optional<Status> status() {
    return Optional.ofNullable(status).map(Status::fromValue);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public Optional<String> statusValue() {
    return Optional.ofNullable(status);
  }

  /**
   * Your description; null clears it.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The {@code metadata} field.
   */
  public Map<String, String> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
  }

  /**
   * JSON names of the fields this object sends as {@code null} (set with the builder's {@code
   * clear…()} methods). Used by the client when encoding; not needed by callers.
   */
  @Override
  public Set<String> explicitNulls() {
    return explicitNulls;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WebhookEndpointUpdateParams)) {
      return false;
    }
    WebhookEndpointUpdateParams that = (WebhookEndpointUpdateParams) o;
    return Objects.equals(url, that.url)
        && Objects.equals(enabledEvents, that.enabledEvents)
        && Objects.equals(status, that.status)
        && Objects.equals(description, that.description)
        && Objects.equals(metadata, that.metadata)
        && explicitNulls.equals(that.explicitNulls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        url,
        enabledEvents,
        status,
        description,
        metadata,
        explicitNulls);
  }

  @Override
  public String toString() {
    return "WebhookEndpointUpdateParams{"
        + "url=" + url
        + ", enabledEvents=" + enabledEvents
        + ", status=" + status
        + ", description=" + description
        + ", metadata=" + metadata
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    ENABLED("enabled"),
    DISABLED("disabled"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "enabled"}; {@code null} only for the unknown fallback. */
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

  /** Builder for {@link WebhookEndpointUpdateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String url;
    private List<String> enabledEvents;
    private String status;
    private String description;
    private Map<String, String> metadata;

    private final Set<String> explicitNulls = new LinkedHashSet<>();

    private Builder() {}

    /**
     * An {@code http} or {@code https} URL.
     */
    public Builder url(String value) {
      this.url = value;
      return this;
    }

    /**
     * Event types from the catalogue, or {@code ["*"]}.
     */
    public Builder enabledEvents(List<String> value) {
      this.enabledEvents = value;
      return this;
    }

    /**
     * {@code disabled} to stop deliveries, {@code enabled} to resume them.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * Your description; null clears it.
     */
    public Builder description(String value) {
      this.description = value;
      explicitNulls.remove("description");
      return this;
    }

    /** Sends {@code "description": null}, which clears the field on the server. */
    public Builder clearDescription() {
      this.description = null;
      explicitNulls.add("description");
      return this;
    }

    /**
     * Sets {@code metadata}.
     */
    public Builder metadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public WebhookEndpointUpdateParams build() {
      return new WebhookEndpointUpdateParams(this);
    }
  }
}
