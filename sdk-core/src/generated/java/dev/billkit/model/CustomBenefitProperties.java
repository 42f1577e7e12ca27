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
 * Settings of a {@code custom} benefit.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class CustomBenefitProperties {
  @Json(name = "note")
  private final String note;

  private CustomBenefitProperties(Builder b) {
    this.note = b.note;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.note = note;
    return b;
  }

  /**
   * Private note shown to the customer once granted (for example a Slack invite link).
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CustomBenefitProperties)) {
      return false;
    }
    CustomBenefitProperties that = (CustomBenefitProperties) o;
    return Objects.equals(note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        note);
  }

  @Override
  public String toString() {
    return "CustomBenefitProperties{"
        + "note=" + note
        + "}";
  }

  /** Builder for {@link CustomBenefitProperties}. Mutable and not thread-safe. */
  public static final class Builder {
    private String note;


    private Builder() {}

    /**
     * Private note shown to the customer once granted (for example a Slack invite link).
     */
    public Builder note(String value) {
      this.note = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public CustomBenefitProperties build() {
      return new CustomBenefitProperties(this);
    }
  }
}
