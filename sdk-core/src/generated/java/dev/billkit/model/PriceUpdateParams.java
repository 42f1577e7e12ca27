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
 * Parameters to update a price. Only {@code is_archived} and {@code metadata} can change;
 * amounts are immutable.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class PriceUpdateParams {
  @Json(name = "is_archived")
  private final Boolean isArchived;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private PriceUpdateParams(Builder b) {
    this.isArchived = b.isArchived;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.isArchived = isArchived;
    b.metadata = metadata;
    return b;
  }

  /**
   * Archive (true) or unarchive (false) the price.
   */
  public Optional<Boolean> isArchived() {
    return Optional.ofNullable(isArchived);
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
    if (!(o instanceof PriceUpdateParams)) {
      return false;
    }
    PriceUpdateParams that = (PriceUpdateParams) o;
    return Objects.equals(isArchived, that.isArchived)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        isArchived,
        metadata);
  }

  @Override
  public String toString() {
    return "PriceUpdateParams{"
        + "isArchived=" + isArchived
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link PriceUpdateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Boolean isArchived;
    private Map<String, String> metadata;


    private Builder() {}

    /**
     * Archive (true) or unarchive (false) the price.
     */
    public Builder isArchived(Boolean value) {
      this.isArchived = value;
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
    public PriceUpdateParams build() {
      return new PriceUpdateParams(this);
    }
  }
}
