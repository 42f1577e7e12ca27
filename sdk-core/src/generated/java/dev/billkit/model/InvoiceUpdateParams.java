// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import dev.billkit.internal.json.ExplicitNulls;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters to update a draft invoice.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class InvoiceUpdateParams implements ExplicitNulls {
  @Json(name = "description")
  private final String description;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private final transient Set<String> explicitNulls;

  private InvoiceUpdateParams(Builder b) {
    this.explicitNulls = Collections.unmodifiableSet(new LinkedHashSet<>(b.explicitNulls));
    this.description = b.description;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.explicitNulls.addAll(explicitNulls);
    b.description = description;
    b.metadata = metadata;
    return b;
  }

  /**
   * A memo; null clears it.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The {@code metadata} field.
   */
  public Map<String, String> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
  }

  /**
   * JSON names of the fields this object sends as {@code null} (set with the builder's {@code
   * clear…()} methods). Used by the client when encoding; not needed by callers.
   */
  @Override
  public Set<String> explicitNulls() {
    return explicitNulls;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InvoiceUpdateParams)) {
      return false;
    }
    InvoiceUpdateParams that = (InvoiceUpdateParams) o;
    return Objects.equals(description, that.description)
        && Objects.equals(metadata, that.metadata)
        && explicitNulls.equals(that.explicitNulls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        description,
        metadata,
        explicitNulls);
  }

  @Override
  public String toString() {
    return "InvoiceUpdateParams{"
        + "description=" + description
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link InvoiceUpdateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String description;
    private Map<String, String> metadata;

    private final Set<String> explicitNulls = new LinkedHashSet<>();

    private Builder() {}

    /**
     * A memo; null clears it.
     */
    public Builder description(String value) {
      this.description = value;
      explicitNulls.remove("description");
      return this;
    }

    /** Sends {@code "description": null}, which clears the field on the server. */
    public Builder clearDescription() {
      this.description = null;
      explicitNulls.add("description");
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
    public InvoiceUpdateParams build() {
      return new InvoiceUpdateParams(this);
    }
  }
}
