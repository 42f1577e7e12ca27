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
 * What an ingest call stored.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class UsageEventIngestResult {
  @Json(name = "object")
  private final String object;

  @Json(name = "inserted")
  private final Integer inserted;

  @Json(name = "duplicates")
  private final Integer duplicates;

  private UsageEventIngestResult(Builder b) {
    this.object = b.object;
    this.inserted = b.inserted;
    this.duplicates = b.duplicates;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.object = object;
    b.inserted = inserted;
    b.duplicates = duplicates;
    return b;
  }

  /**
   * Always {@code usage_event_ingest_result}.
   */
  public String object() {
    return object;
  }

  /**
   * Events stored.
   */
  public Integer inserted() {
    return inserted;
  }

  /**
   * Events dropped because their {@code external_id} was seen before (in this or an earlier
   * batch).
   */
  public Integer duplicates() {
    return duplicates;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof UsageEventIngestResult)) {
      return false;
    }
    UsageEventIngestResult that = (UsageEventIngestResult) o;
    return Objects.equals(object, that.object)
        && Objects.equals(inserted, that.inserted)
        && Objects.equals(duplicates, that.duplicates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        object,
        inserted,
        duplicates);
  }

  @Override
  public String toString() {
    return "UsageEventIngestResult{"
        + "object=" + object
        + ", inserted=" + inserted
        + ", duplicates=" + duplicates
        + "}";
  }

  /** Builder for {@link UsageEventIngestResult}. Mutable and not thread-safe. */
  public static final class Builder {
    private String object;
    private Integer inserted;
    private Integer duplicates;


    private Builder() {}

    /**
     * Always {@code usage_event_ingest_result}.
     */
    public Builder object(String value) {
      this.object = value;
      return this;
    }

    /**
     * Events stored.
     */
    public Builder inserted(Integer value) {
      this.inserted = value;
      return this;
    }

    /**
     * Events dropped because their {@code external_id} was seen before (in this or an earlier
     * batch).
     */
    public Builder duplicates(Integer value) {
      this.duplicates = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public UsageEventIngestResult build() {
      return new UsageEventIngestResult(this);
    }
  }
}
