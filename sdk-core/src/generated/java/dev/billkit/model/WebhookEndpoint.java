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
 * A URL that receives the account's events, signed with Standard Webhooks v1. The signing
 * {@code secret} is returned only by create and rotate_secret.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class WebhookEndpoint {
  @Json(name = "id")
  private final String id;

  @Json(name = "object")
  private final String object;

  @Json(name = "created_at")
  private final Instant createdAt;

  @Json(name = "livemode")
  private final Boolean livemode;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  @Json(name = "url")
  private final String url;

  @Json(name = "description")
  private final String description;

  @Json(name = "enabled_events")
  private final List<String> enabledEvents;

  @Json(name = "status")
  private final String status;

  @Json(name = "disabled_reason")
  private final String disabledReason;

  @Json(name = "secret")
  private final String secret;

  @Json(name = "secret_rotated_at")
  private final Instant secretRotatedAt;

  private WebhookEndpoint(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.url = b.url;
    this.description = b.description;
    this.enabledEvents = b.enabledEvents == null ? null : List.copyOf(b.enabledEvents);
    this.status = b.status;
    this.disabledReason = b.disabledReason;
    this.secret = b.secret;
    this.secretRotatedAt = b.secretRotatedAt;
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
    b.metadata = metadata;
    b.url = url;
    b.description = description;
    b.enabledEvents = enabledEvents;
    b.status = status;
    b.disabledReason = disabledReason;
    b.secret = secret;
    b.secretRotatedAt = secretRotatedAt;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code we_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code webhook_endpoint}.
   */
  public String object() {
    return object;
  }

  /**
   * When the endpoint was created.
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Always false in test mode and in the mock server.
   */
  public Boolean livemode() {
    return livemode;
  }

  /**
   * The {@code metadata} field.
   */
  public Map<String, String> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
  }

  /**
   * Where events are POSTed.
   */
  public String url() {
    return url;
  }

  /**
   * Your description of the endpoint.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The event types delivered, or {@code ["*"]} for all.
   */
  public List<String> enabledEvents() {
    return enabledEvents == null ? List.of() : Collections.unmodifiableList(enabledEvents);
  }

  /**
   * - {@code enabled}: events are delivered. - {@code disabled}: nothing is delivered; see
   * {@code disabled_reason}. Enable it again with an update.
   */
  public Status status() {
    return Status.fromValue(status);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public String statusValue() {
    return status;
  }

  /**
   * Why it is disabled. - {@code manual}: by an update. - {@code consecutive_failures}: 10
   * deliveries in a row failed. - {@code gone}: the receiver answered 410 Gone.
   */
  public Optional<DisabledReason> disabledReason() {
    return Optional.ofNullable(disabledReason).map(DisabledReason::fromValue);
  }

  /** The raw {@code disabled_reason} string, kept even when this SDK does not know the value. */
  public Optional<String> disabledReasonValue() {
    return Optional.ofNullable(disabledReason);
  }

  /**
   * The signing secret, {@code whsec_} + base64 of 32 random bytes. Only in the answers to
   * create and rotate_secret; null elsewhere.
   */
  public Optional<String> secret() {
    return Optional.ofNullable(secret);
  }

  /**
   * When the secret was last rotated. The previous secret keeps signing deliveries beside the
   * new one for the period given to rotate_secret (24 hours by default).
   */
  public Optional<Instant> secretRotatedAt() {
    return Optional.ofNullable(secretRotatedAt);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WebhookEndpoint)) {
      return false;
    }
    WebhookEndpoint that = (WebhookEndpoint) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(url, that.url)
        && Objects.equals(description, that.description)
        && Objects.equals(enabledEvents, that.enabledEvents)
        && Objects.equals(status, that.status)
        && Objects.equals(disabledReason, that.disabledReason)
        && Objects.equals(secret, that.secret)
        && Objects.equals(secretRotatedAt, that.secretRotatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        url,
        description,
        enabledEvents,
        status,
        disabledReason,
        secret,
        secretRotatedAt);
  }

  @Override
  public String toString() {
    return "WebhookEndpoint{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", url=" + url
        + ", description=" + description
        + ", enabledEvents=" + enabledEvents
        + ", status=" + status
        + ", disabledReason=" + disabledReason
        + ", secret=" + (secret == null ? "null" : "<redacted>")
        + ", secretRotatedAt=" + secretRotatedAt
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

  /**
   * Values of {@code disabled_reason}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum DisabledReason {
    MANUAL("manual"),
    CONSECUTIVE_FAILURES("consecutive_failures"),
    GONE("gone"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    DisabledReason(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "manual"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static DisabledReason fromValue(String value) {
      for (DisabledReason c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(DisabledReason v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "DisabledReason.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link WebhookEndpoint}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String url;
    private String description;
    private List<String> enabledEvents;
    private String status;
    private String disabledReason;
    private String secret;
    private Instant secretRotatedAt;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code we_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code webhook_endpoint}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the endpoint was created.
     */
    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    /**
     * Always false in test mode and in the mock server.
     */
    public Builder livemode(Boolean value) {
      this.livemode = value;
      return this;
    }

    /**
     * Sets {@code metadata}.
     */
    public Builder metadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    /**
     * Where events are POSTed.
     */
    public Builder url(String value) {
      this.url = value;
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
     * The event types delivered, or {@code ["*"]} for all.
     */
    public Builder enabledEvents(List<String> value) {
      this.enabledEvents = value;
      return this;
    }

    /**
     * - {@code enabled}: events are delivered. - {@code disabled}: nothing is delivered; see
     * {@code disabled_reason}. Enable it again with an update.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * Why it is disabled. - {@code manual}: by an update. - {@code consecutive_failures}: 10
     * deliveries in a row failed. - {@code gone}: the receiver answered 410 Gone.
     */
    public Builder disabledReason(DisabledReason value) {
      this.disabledReason = DisabledReason.wire(value);
      return this;
    }

    /**
     * The signing secret, {@code whsec_} + base64 of 32 random bytes. Only in the answers to
     * create and rotate_secret; null elsewhere.
     */
    public Builder secret(String value) {
      this.secret = value;
      return this;
    }

    /**
     * When the secret was last rotated. The previous secret keeps signing deliveries beside the
     * new one for the period given to rotate_secret (24 hours by default).
     */
    public Builder secretRotatedAt(Instant value) {
      this.secretRotatedAt = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public WebhookEndpoint build() {
      return new WebhookEndpoint(this);
    }
  }
}
