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
 * Parameters to update a meter. The event name and aggregation can't change.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class MeterUpdateParams {
  @Json(name = "name")
  private final String name;

  @Json(name = "status")
  private final String status;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private MeterUpdateParams(Builder b) {
    this.name = b.name;
    this.status = b.status;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.status = status;
    b.metadata = metadata;
    return b;
  }

  /**
   * A name for your reference.
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * {@code archived} to archive, {@code active} to restore.
   */
  public Optional<Status> status() {
    return Optional.ofNullable(status).map(Status::fromValue);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public Optional<String> statusValue() {
    return Optional.ofNullable(status);
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
    if (!(o instanceof MeterUpdateParams)) {
      return false;
    }
    MeterUpdateParams that = (MeterUpdateParams) o;
    return Objects.equals(name, that.name)
        && Objects.equals(status, that.status)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        status,
        metadata);
  }

  @Override
  public String toString() {
    return "MeterUpdateParams{"
        + "name=" + name
        + ", status=" + status
        + ", metadata=" + metadata
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

  /** Builder for {@link MeterUpdateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String name;
    private String status;
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
     * {@code archived} to archive, {@code active} to restore.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
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
    public MeterUpdateParams build() {
      return new MeterUpdateParams(this);
    }
  }
}
