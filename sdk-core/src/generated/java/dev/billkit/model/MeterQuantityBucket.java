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
 * The aggregated quantity of one bucket.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class MeterQuantityBucket {
  @Json(name = "start")
  private final Instant start;

  @Json(name = "end")
  private final Instant end;

  @Json(name = "quantity")
  private final Long quantity;

  private MeterQuantityBucket(Builder b) {
    this.start = b.start;
    this.end = b.end;
    this.quantity = b.quantity;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.start = start;
    b.end = end;
    b.quantity = quantity;
    return b;
  }

  /**
   * Inclusive start.
   */
  public Instant start() {
    return start;
  }

  /**
   * Exclusive end.
   */
  public Instant end() {
    return end;
  }

  /**
   * The aggregation over the bucket.
   */
  public Long quantity() {
    return quantity;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MeterQuantityBucket)) {
      return false;
    }
    MeterQuantityBucket that = (MeterQuantityBucket) o;
    return Objects.equals(start, that.start)
        && Objects.equals(end, that.end)
        && Objects.equals(quantity, that.quantity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        start,
        end,
        quantity);
  }

  @Override
  public String toString() {
    return "MeterQuantityBucket{"
        + "start=" + start
        + ", end=" + end
        + ", quantity=" + quantity
        + "}";
  }

  /** Builder for {@link MeterQuantityBucket}. Mutable and not thread-safe. */
  public static final class Builder {
    private Instant start;
    private Instant end;
    private Long quantity;


    private Builder() {}

    /**
     * Inclusive start.
     */
    public Builder start(Instant value) {
      this.start = value;
      return this;
    }

    /**
     * Exclusive end.
     */
    public Builder end(Instant value) {
      this.end = value;
      return this;
    }

    /**
     * The aggregation over the bucket.
     */
    public Builder quantity(Long value) {
      this.quantity = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public MeterQuantityBucket build() {
      return new MeterQuantityBucket(this);
    }
  }
}
