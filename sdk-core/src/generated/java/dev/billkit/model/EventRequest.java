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
 * The API request that caused an event; null fields for events caused by time passing
 * (renewals, dunning).
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class EventRequest {
  @Json(name = "id")
  private final String id;

  @Json(name = "idempotency_key")
  private final String idempotencyKey;

  private EventRequest(Builder b) {
    this.id = b.id;
    this.idempotencyKey = b.idempotencyKey;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.idempotencyKey = idempotencyKey;
    return b;
  }

  /**
   * The request id, prefixed {@code req_}.
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * The request's {@code Idempotency-Key}.
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EventRequest)) {
      return false;
    }
    EventRequest that = (EventRequest) o;
    return Objects.equals(id, that.id)
        && Objects.equals(idempotencyKey, that.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        idempotencyKey);
  }

  @Override
  public String toString() {
    return "EventRequest{"
        + "id=" + id
        + ", idempotencyKey=" + idempotencyKey
        + "}";
  }

  /** Builder for {@link EventRequest}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String idempotencyKey;


    private Builder() {}

    /**
     * The request id, prefixed {@code req_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * The request's {@code Idempotency-Key}.
     */
    public Builder idempotencyKey(String value) {
      this.idempotencyKey = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public EventRequest build() {
      return new EventRequest(this);
    }
  }
}
