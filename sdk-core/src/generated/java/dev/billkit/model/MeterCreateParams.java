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
 * Parameters to create a meter.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class MeterCreateParams {
  @Json(name = "name")
  private final String name;

  @Json(name = "event_name")
  private final String eventName;

  @Json(name = "filter")
  private final MeterFilter filter;

  @Json(name = "aggregation")
  private final MeterAggregationParams aggregation;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private MeterCreateParams(Builder b) {
    this.name = b.name;
    this.eventName = b.eventName;
    this.filter = b.filter;
    this.aggregation = b.aggregation;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.eventName = eventName;
    b.filter = filter;
    b.aggregation = aggregation;
    b.metadata = metadata;
    return b;
  }

  /**
   * A name for your reference.
   */
  public String name() {
    return name;
  }

  /**
   * The usage event name to count.
   */
  public String eventName() {
    return eventName;
  }

  /**
   * The {@code filter} field.
   */
  public Optional<MeterFilter> filter() {
    return Optional.ofNullable(filter);
  }

  /**
   * The {@code aggregation} field.
   */
  public MeterAggregationParams aggregation() {
    return aggregation;
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
    if (!(o instanceof MeterCreateParams)) {
      return false;
    }
    MeterCreateParams that = (MeterCreateParams) o;
    return Objects.equals(name, that.name)
        && Objects.equals(eventName, that.eventName)
        && Objects.equals(filter, that.filter)
        && Objects.equals(aggregation, that.aggregation)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        eventName,
        filter,
        aggregation,
        metadata);
  }

  @Override
  public String toString() {
    return "MeterCreateParams{"
        + "name=" + name
        + ", eventName=" + eventName
        + ", filter=" + filter
        + ", aggregation=" + aggregation
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link MeterCreateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String name;
    private String eventName;
    private MeterFilter filter;
    private MeterAggregationParams aggregation;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * A name for your reference.
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * The usage event name to count.
     */
    public Builder eventName(String value) {
      this.eventName = value;
      return this;
    }

    /**
     * Sets {@code filter}.
     */
    public Builder filter(MeterFilter value) {
      this.filter = value;
      return this;
    }

    /**
     * Sets {@code aggregation}.
     */
    public Builder aggregation(MeterAggregationParams value) {
      this.aggregation = value;
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
    public MeterCreateParams build() {
      if (name == null) {
        throw new IllegalStateException("MeterCreateParams.name is required: call name(…)");
      }
      if (eventName == null) {
        throw new IllegalStateException("MeterCreateParams.event_name is required: call eventName(…)");
      }
      if (aggregation == null) {
        throw new IllegalStateException("MeterCreateParams.aggregation is required: call aggregation(…)");
      }
      return new MeterCreateParams(this);
    }
  }
}
