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
 * One thing a customer did that a meter may count. Append-only.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class UsageEvent {
  @Json(name = "id")
  private final String id;

  @Json(name = "object")
  private final String object;

  @Json(name = "created_at")
  private final Instant createdAt;

  @Json(name = "livemode")
  private final Boolean livemode;

  @Json(name = "name")
  private final String name;

  @Json(name = "customer")
  private final String customer;

  @Json(name = "external_customer_id")
  private final String externalCustomerId;

  @Json(name = "timestamp")
  private final Instant timestamp;

  @Json(name = "external_id")
  private final String externalId;

  @Json(name = "metadata")
  private final Map<String, Object> metadata;

  private UsageEvent(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.name = b.name;
    this.customer = b.customer;
    this.externalCustomerId = b.externalCustomerId;
    this.timestamp = b.timestamp;
    this.externalId = b.externalId;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
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
    b.name = name;
    b.customer = customer;
    b.externalCustomerId = externalCustomerId;
    b.timestamp = timestamp;
    b.externalId = externalId;
    b.metadata = metadata;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code uev_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code usage_event}.
   */
  public String object() {
    return object;
  }

  /**
   * When it was ingested.
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
   * The event name meters match on.
   */
  public String name() {
    return name;
  }

  /**
   * The customer (prefixed {@code cus_}), resolved from {@code external_customer_id} if that
   * was given.
   */
  public String customer() {
    return customer;
  }

  /**
   * The customer's {@code external_id}, if the event was sent with it.
   */
  public Optional<String> externalCustomerId() {
    return Optional.ofNullable(externalCustomerId);
  }

  /**
   * When the usage happened.
   */
  public Instant timestamp() {
    return timestamp;
  }

  /**
   * Your unique id for the event; a second event with the same one is dropped as a duplicate.
   */
  public Optional<String> externalId() {
    return Optional.ofNullable(externalId);
  }

  /**
   * The {@code metadata} field.
   */
  public Map<String, Object> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof UsageEvent)) {
      return false;
    }
    UsageEvent that = (UsageEvent) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(name, that.name)
        && Objects.equals(customer, that.customer)
        && Objects.equals(externalCustomerId, that.externalCustomerId)
        && Objects.equals(timestamp, that.timestamp)
        && Objects.equals(externalId, that.externalId)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        name,
        customer,
        externalCustomerId,
        timestamp,
        externalId,
        metadata);
  }

  @Override
  public String toString() {
    return "UsageEvent{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", name=" + name
        + ", customer=" + customer
        + ", externalCustomerId=" + externalCustomerId
        + ", timestamp=" + timestamp
        + ", externalId=" + externalId
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link UsageEvent}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private String name;
    private String customer;
    private String externalCustomerId;
    private Instant timestamp;
    private String externalId;
    private Map<String, Object> metadata;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code uev_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code usage_event}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When it was ingested.
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
     * The event name meters match on.
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * The customer (prefixed {@code cus_}), resolved from {@code external_customer_id} if that
     * was given.
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * The customer's {@code external_id}, if the event was sent with it.
     */
    public Builder externalCustomerId(String value) {
      this.externalCustomerId = value;
      return this;
    }

    /**
     * When the usage happened.
     */
    public Builder timestamp(Instant value) {
      this.timestamp = value;
      return this;
    }

    /**
     * Your unique id for the event; a second event with the same one is dropped as a duplicate.
     */
    public Builder externalId(String value) {
      this.externalId = value;
      return this;
    }

    /**
     * Sets {@code metadata}.
     */
    public Builder metadata(Map<String, Object> value) {
      this.metadata = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public UsageEvent build() {
      return new UsageEvent(this);
    }
  }
}
