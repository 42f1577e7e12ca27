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
 * Parameters to create a webhook endpoint.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class WebhookEndpointCreateParams {
  @Json(name = "url")
  private final String url;

  @Json(name = "enabled_events")
  private final List<String> enabledEvents;

  @Json(name = "description")
  private final String description;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private WebhookEndpointCreateParams(Builder b) {
    this.url = b.url;
    this.enabledEvents = b.enabledEvents == null ? null : List.copyOf(b.enabledEvents);
    this.description = b.description;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.url = url;
    b.enabledEvents = enabledEvents;
    b.description = description;
    b.metadata = metadata;
    return b;
  }

  /**
   * An {@code http} or {@code https} URL.
   */
  public String url() {
    return url;
  }

  /**
   * Event types from the catalogue (see {@code webhooks}), or {@code ["*"]}. An unknown type
   * is 400 {@code parameter_invalid}.
   */
  public List<String> enabledEvents() {
    return enabledEvents == null ? List.of() : Collections.unmodifiableList(enabledEvents);
  }

  /**
   * Your description of the endpoint.
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WebhookEndpointCreateParams)) {
      return false;
    }
    WebhookEndpointCreateParams that = (WebhookEndpointCreateParams) o;
    return Objects.equals(url, that.url)
        && Objects.equals(enabledEvents, that.enabledEvents)
        && Objects.equals(description, that.description)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        url,
        enabledEvents,
        description,
        metadata);
  }

  @Override
  public String toString() {
    return "WebhookEndpointCreateParams{"
        + "url=" + url
        + ", enabledEvents=" + enabledEvents
        + ", description=" + description
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link WebhookEndpointCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String url;
    private List<String> enabledEvents;
    private String description;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * An {@code http} or {@code https} URL.
     */
    public Builder url(String value) {
      this.url = value;
      return this;
    }

    /**
     * Event types from the catalogue (see {@code webhooks}), or {@code ["*"]}. An unknown type
     * is 400 {@code parameter_invalid}.
     */
    public Builder enabledEvents(List<String> value) {
      this.enabledEvents = value;
      return this;
    }

    /**
     * Your description of the endpoint.
     */
    public Builder description(String value) {
      this.description = value;
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
    public WebhookEndpointCreateParams build() {
      if (url == null) {
        throw new IllegalStateException("WebhookEndpointCreateParams.url is required: call url(…)");
      }
      if (enabledEvents == null) {
        throw new IllegalStateException("WebhookEndpointCreateParams.enabled_events is required: call enabledEvents(…)");
      }
      return new WebhookEndpointCreateParams(this);
    }
  }
}
