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
 * Parameters to update a product. The recurring interval can't change; create a new product
 * instead.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class ProductUpdateParams implements ExplicitNulls {
  @Json(name = "name")
  private final String name;

  @Json(name = "description")
  private final String description;

  @Json(name = "is_archived")
  private final Boolean isArchived;

  @Json(name = "trial_period_days")
  private final Integer trialPeriodDays;

  @Json(name = "benefits")
  private final List<String> benefits;

  @Json(name = "metadata")
  private final Map<String, String> metadata;

  private final transient Set<String> explicitNulls;

  private ProductUpdateParams(Builder b) {
    this.explicitNulls = Collections.unmodifiableSet(new LinkedHashSet<>(b.explicitNulls));
    this.name = b.name;
    this.description = b.description;
    this.isArchived = b.isArchived;
    this.trialPeriodDays = b.trialPeriodDays;
    this.benefits = b.benefits == null ? null : List.copyOf(b.benefits);
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.explicitNulls.addAll(explicitNulls);
    b.name = name;
    b.description = description;
    b.isArchived = isArchived;
    b.trialPeriodDays = trialPeriodDays;
    b.benefits = benefits;
    b.metadata = metadata;
    return b;
  }

  /**
   * The name shown to customers.
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * A longer description; null clears it.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Archive (true) or unarchive (false) the product.
   */
  public Optional<Boolean> isArchived() {
    return Optional.ofNullable(isArchived);
  }

  /**
   * Days of free trial for new subscriptions; null removes the trial. Only for recurring
   * products.
   */
  public Optional<Integer> trialPeriodDays() {
    return Optional.ofNullable(trialPeriodDays);
  }

  /**
   * Replaces the product's benefits. Existing grants are not changed.
   */
  public List<String> benefits() {
    return benefits == null ? List.of() : Collections.unmodifiableList(benefits);
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
    if (!(o instanceof ProductUpdateParams)) {
      return false;
    }
    ProductUpdateParams that = (ProductUpdateParams) o;
    return Objects.equals(name, that.name)
        && Objects.equals(description, that.description)
        && Objects.equals(isArchived, that.isArchived)
        && Objects.equals(trialPeriodDays, that.trialPeriodDays)
        && Objects.equals(benefits, that.benefits)
        && Objects.equals(metadata, that.metadata)
        && explicitNulls.equals(that.explicitNulls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        description,
        isArchived,
        trialPeriodDays,
        benefits,
        metadata,
        explicitNulls);
  }

  @Override
  public String toString() {
    return "ProductUpdateParams{"
        + "name=" + name
        + ", description=" + description
        + ", isArchived=" + isArchived
        + ", trialPeriodDays=" + trialPeriodDays
        + ", benefits=" + benefits
        + ", metadata=" + metadata
        + "}";
  }

  /** Builder for {@link ProductUpdateParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private String name;
    private String description;
    private Boolean isArchived;
    private Integer trialPeriodDays;
    private List<String> benefits;
    private Map<String, String> metadata;

    private final Set<String> explicitNulls = new LinkedHashSet<>();

    private Builder() {}

    /**
     * The name shown to customers.
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * A longer description; null clears it.
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
     * Archive (true) or unarchive (false) the product.
     */
    public Builder isArchived(Boolean value) {
      this.isArchived = value;
      return this;
    }

    /**
     * Days of free trial for new subscriptions; null removes the trial. Only for recurring
     * products.
     */
    public Builder trialPeriodDays(Integer value) {
      this.trialPeriodDays = value;
      explicitNulls.remove("trial_period_days");
      return this;
    }

    /** Sends {@code "trial_period_days": null}, which clears the field on the server. */
    public Builder clearTrialPeriodDays() {
      this.trialPeriodDays = null;
      explicitNulls.add("trial_period_days");
      return this;
    }

    /**
     * Replaces the product's benefits. Existing grants are not changed.
     */
    public Builder benefits(List<String> value) {
      this.benefits = value;
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
    public ProductUpdateParams build() {
      return new ProductUpdateParams(this);
    }
  }
}
