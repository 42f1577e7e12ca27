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
 * One attempt to deliver an event to an endpoint.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class WebhookDelivery {
  @Json(name = "id")
  private final String id;

  @Json(name = "object")
  private final String object;

  @Json(name = "created_at")
  private final Instant createdAt;

  @Json(name = "livemode")
  private final Boolean livemode;

  @Json(name = "webhook_endpoint")
  private final String webhookEndpoint;

  @Json(name = "event")
  private final String event;

  @Json(name = "event_type")
  private final String eventType;

  @Json(name = "attempt")
  private final Integer attempt;

  @Json(name = "status")
  private final String status;

  @Json(name = "response_status")
  private final Integer responseStatus;

  @Json(name = "latency_ms")
  private final Integer latencyMs;

  @Json(name = "error")
  private final String error;

  @Json(name = "next_retry_at")
  private final Instant nextRetryAt;

  private WebhookDelivery(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.webhookEndpoint = b.webhookEndpoint;
    this.event = b.event;
    this.eventType = b.eventType;
    this.attempt = b.attempt;
    this.status = b.status;
    this.responseStatus = b.responseStatus;
    this.latencyMs = b.latencyMs;
    this.error = b.error;
    this.nextRetryAt = b.nextRetryAt;
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
    b.webhookEndpoint = webhookEndpoint;
    b.event = event;
    b.eventType = eventType;
    b.attempt = attempt;
    b.status = status;
    b.responseStatus = responseStatus;
    b.latencyMs = latencyMs;
    b.error = error;
    b.nextRetryAt = nextRetryAt;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code whd_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code webhook_delivery}.
   */
  public String object() {
    return object;
  }

  /**
   * When the attempt was made.
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
   * The endpoint, prefixed {@code we_}.
   */
  public String webhookEndpoint() {
    return webhookEndpoint;
  }

  /**
   * The event, prefixed {@code evt_}.
   */
  public String event() {
    return event;
  }

  /**
   * The event's type.
   */
  public String eventType() {
    return eventType;
  }

  /**
   * 1 for the first attempt, then counting retries and redeliveries.
   */
  public Integer attempt() {
    return attempt;
  }

  /**
   * - {@code pending}: scheduled or in flight. - {@code succeeded}: the receiver answered 2xx.
   * - {@code failed}: non-2xx, a timeout (10 s) or a connection failure; a retry may follow
   * ({@code next_retry_at}).
   */
  public Status status() {
    return Status.fromValue(status);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public String statusValue() {
    return status;
  }

  /**
   * The receiver's HTTP status, if it answered.
   */
  public Optional<Integer> responseStatus() {
    return Optional.ofNullable(responseStatus);
  }

  /**
   * How long the receiver took, in milliseconds.
   */
  public Optional<Integer> latencyMs() {
    return Optional.ofNullable(latencyMs);
  }

  /**
   * What went wrong without an HTTP answer (timeout, connection refused, queue overflow).
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /**
   * When the next retry runs, by the account's clock, if one is scheduled.
   */
  public Optional<Instant> nextRetryAt() {
    return Optional.ofNullable(nextRetryAt);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WebhookDelivery)) {
      return false;
    }
    WebhookDelivery that = (WebhookDelivery) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(webhookEndpoint, that.webhookEndpoint)
        && Objects.equals(event, that.event)
        && Objects.equals(eventType, that.eventType)
        && Objects.equals(attempt, that.attempt)
        && Objects.equals(status, that.status)
        && Objects.equals(responseStatus, that.responseStatus)
        && Objects.equals(latencyMs, that.latencyMs)
        && Objects.equals(error, that.error)
        && Objects.equals(nextRetryAt, that.nextRetryAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        webhookEndpoint,
        event,
        eventType,
        attempt,
        status,
        responseStatus,
        latencyMs,
        error,
        nextRetryAt);
  }

  @Override
  public String toString() {
    return "WebhookDelivery{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", webhookEndpoint=" + webhookEndpoint
        + ", event=" + event
        + ", eventType=" + eventType
        + ", attempt=" + attempt
        + ", status=" + status
        + ", responseStatus=" + responseStatus
        + ", latencyMs=" + latencyMs
        + ", error=" + error
        + ", nextRetryAt=" + nextRetryAt
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    PENDING("pending"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "pending"}; {@code null} only for the unknown fallback. */
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

  /** Builder for {@link WebhookDelivery}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private String webhookEndpoint;
    private String event;
    private String eventType;
    private Integer attempt;
    private String status;
    private Integer responseStatus;
    private Integer latencyMs;
    private String error;
    private Instant nextRetryAt;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code whd_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code webhook_delivery}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the attempt was made.
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
     * The endpoint, prefixed {@code we_}.
     */
    public Builder webhookEndpoint(String value) {
      this.webhookEndpoint = value;
      return this;
    }

    /**
     * The event, prefixed {@code evt_}.
     */
    public Builder event(String value) {
      this.event = value;
      return this;
    }

    /**
     * The event's type.
     */
    public Builder eventType(String value) {
      this.eventType = value;
      return this;
    }

    /**
     * 1 for the first attempt, then counting retries and redeliveries.
     */
    public Builder attempt(Integer value) {
      this.attempt = value;
      return this;
    }

    /**
     * - {@code pending}: scheduled or in flight. - {@code succeeded}: the receiver answered 2xx.
     * - {@code failed}: non-2xx, a timeout (10 s) or a connection failure; a retry may follow
     * ({@code next_retry_at}).
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * The receiver's HTTP status, if it answered.
     */
    public Builder responseStatus(Integer value) {
      this.responseStatus = value;
      return this;
    }

    /**
     * How long the receiver took, in milliseconds.
     */
    public Builder latencyMs(Integer value) {
      this.latencyMs = value;
      return this;
    }

    /**
     * What went wrong without an HTTP answer (timeout, connection refused, queue overflow).
     */
    public Builder error(String value) {
      this.error = value;
      return this;
    }

    /**
     * When the next retry runs, by the account's clock, if one is scheduled.
     */
    public Builder nextRetryAt(Instant value) {
      this.nextRetryAt = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public WebhookDelivery build() {
      return new WebhookDelivery(this);
    }
  }
}
