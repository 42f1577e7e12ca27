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
 * Turns usage events into a billable quantity per customer and period.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class Meter {
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

  @Json(name = "name")
  private final String name;

  @Json(name = "event_name")
  private final String eventName;

  @Json(name = "filter")
  private final MeterFilter filter;

  @Json(name = "aggregation")
  private final MeterAggregation aggregation;

  @Json(name = "status")
  private final String status;

  private Meter(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.createdAt = b.createdAt;
    this.livemode = b.livemode;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.name = b.name;
    this.eventName = b.eventName;
    this.filter = b.filter;
    this.aggregation = b.aggregation;
    this.status = b.status;
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
    b.name = name;
    b.eventName = eventName;
    b.filter = filter;
    b.aggregation = aggregation;
    b.status = status;
    return b;
  }

  /**
   * Unique identifier, prefixed {@code mtr_}.
   */
  public String id() {
    return id;
  }

  /**
   * Always {@code meter}.
   */
  public String object() {
    return object;
  }

  /**
   * When the meter was created.
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
   * A name for your reference.
   */
  public String name() {
    return name;
  }

  /**
   * Usage events with this {@code name} are counted.
   */
  public String eventName() {
    return eventName;
  }

  /**
   * Extra conditions, if any.
   */
  public Optional<MeterFilter> filter() {
    return Optional.ofNullable(filter);
  }

  /**
   * The {@code aggregation} field.
   */
  public MeterAggregation aggregation() {
    return aggregation;
  }

  /**
   * - {@code active}: counts usage. - {@code archived}: kept for history; new metered prices
   * can't use it.
   */
  public Status status() {
    return Status.fromValue(status);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public String statusValue() {
    return status;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Meter)) {
      return false;
    }
    Meter that = (Meter) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(livemode, that.livemode)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(name, that.name)
        && Objects.equals(eventName, that.eventName)
        && Objects.equals(filter, that.filter)
        && Objects.equals(aggregation, that.aggregation)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        createdAt,
        livemode,
        metadata,
        name,
        eventName,
        filter,
        aggregation,
        status);
  }

  @Override
  public String toString() {
    return "Meter{"
        + "id=" + id
        + ", object=" + object
        + ", createdAt=" + createdAt
        + ", livemode=" + livemode
        + ", metadata=" + metadata
        + ", name=" + name
        + ", eventName=" + eventName
        + ", filter=" + filter
        + ", aggregation=" + aggregation
        + ", status=" + status
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    ACTIVE("active"),
    ARCHIVED("archived"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "active"}; {@code null} only for the unknown fallback. */
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

  /** Builder for {@link Meter}. Mutable and not thread-safe. */
  public static final class Builder {
    private String id;
    private String object;
    private Instant createdAt;
    private Boolean livemode;
    private Map<String, String> metadata;
    private String name;
    private String eventName;
    private MeterFilter filter;
    private MeterAggregation aggregation;
    private String status;


    private Builder() {}

    /**
     * Unique identifier, prefixed {@code mtr_}.
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Always {@code meter}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * When the meter was created.
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
     * A name for your reference.
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Usage events with this {@code name} are counted.
     */
    public Builder eventName(String value) {
      this.eventName = value;
      return this;
    }

    /**
     * Extra conditions, if any.
     */
    public Builder filter(MeterFilter value) {
      this.filter = value;
      return this;
    }

    /**
     * Sets {@code aggregation}.
     */
    public Builder aggregation(MeterAggregation value) {
      this.aggregation = value;
      return this;
    }

    /**
     * - {@code active}: counts usage. - {@code archived}: kept for history; new metered prices
     * can't use it.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public Meter build() {
      return new Meter(this);
    }
  }
}
