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
 * Settings for a {@code custom} benefit. Omitted fields take their defaults (null, or false
 * for {@code rollover}).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class CustomBenefitPropertiesParams {
  @Json(name = "note")
  private final String note;

  private CustomBenefitPropertiesParams(Builder b) {
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
    if (!(o instanceof CustomBenefitPropertiesParams)) {
      return false;
    }
    CustomBenefitPropertiesParams that = (CustomBenefitPropertiesParams) o;
    return Objects.equals(note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        note);
  }

  @Override
  public String toString() {
    return "CustomBenefitPropertiesParams{"
        + "note=" + note
        + "}";
  }

  /** Builder for {@link CustomBenefitPropertiesParams}. Mutable and not thread-safe. */
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

    /** @throws IllegalStateException naming a required field that was not set */
    public CustomBenefitPropertiesParams build() {
      return new CustomBenefitPropertiesParams(this);
    }
  }
}
