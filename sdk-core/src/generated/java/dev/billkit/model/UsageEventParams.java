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
 * One usage event to ingest. Give exactly one of {@code customer} and {@code
 * external_customer_id}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class UsageEventParams {
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

  private UsageEventParams(Builder b) {
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
    b.name = name;
    b.customer = customer;
    b.externalCustomerId = externalCustomerId;
    b.timestamp = timestamp;
    b.externalId = externalId;
    b.metadata = metadata;
    return b;
  }

  /**
   * The event name meters match on.
   */
  public String name() {
    return name;
  }

  /**
   * The customer (prefixed {@code cus_}).
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * The customer's {@code external_id}.
   */
  public Optional<String> externalCustomerId() {
    return Optional.ofNullable(externalCustomerId);
  }

  /**
   * When it happened; defaults to now. Not in the future and not more than 35 days ago (by the
   * customer's clock).
   */
  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /**
   * Your unique id for the event, for deduplication (kept forever per account).
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
    if (!(o instanceof UsageEventParams)) {
      return false;
    }
    UsageEventParams that = (UsageEventParams) o;
    return Objects.equals(name, that.name)
        && Objects.equals(customer, that.customer)
        && Objects.equals(externalCustomerId, that.externalCustomerId)
        && Objects.equals(timestamp, that.timestamp)
        && Objects.equals(externalId, that.externalId)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        customer,
        externalCustomerId,
        timestamp,
        externalId,
        metadata);
  }

  @Override
  public String toString() {
    return "UsageEventParams{"
        + "name=" + name
        + ", customer=" + customer
        + ", externalCustomerId=" + externalCustomerId
        + ", timestamp=" + timestamp
        + ", externalId=" + externalId
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link UsageEventParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String name;
    private String customer;
    private String externalCustomerId;
    private Instant timestamp;
    private String externalId;
    private Map<String, Object> metadata;


    private Builder() {}

    /**
     * The event name meters match on.
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * The customer (prefixed {@code cus_}).
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * The customer's {@code external_id}.
     */
    public Builder externalCustomerId(String value) {
      this.externalCustomerId = value;
      return this;
    }

    /**
     * When it happened; defaults to now. Not in the future and not more than 35 days ago (by the
     * customer's clock).
     */
    public Builder timestamp(Instant value) {
      this.timestamp = value;
      return this;
    }

    /**
     * Your unique id for the event, for deduplication (kept forever per account).
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

    /** @throws IllegalStateException naming a required field that was not set */
    public UsageEventParams build() {
      if (name == null) {
        throw new IllegalStateException("UsageEventParams.name is required: call name(…)");
      }
      return new UsageEventParams(this);
    }
  }
}
