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
 * Parameters to rotate the signing secret.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class WebhookEndpointRotateSecretParams {
  @Json(name = "expire_previous_after_seconds")
  private final Integer expirePreviousAfterSeconds;

  private WebhookEndpointRotateSecretParams(Builder b) {
    this.expirePreviousAfterSeconds = b.expirePreviousAfterSeconds;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.expirePreviousAfterSeconds = expirePreviousAfterSeconds;
    return b;
  }

  /**
   * How long the previous secret keeps signing too (both signatures are sent); defaults to
   * 86400 (24 hours).
   */
  public Optional<Integer> expirePreviousAfterSeconds() {
    return Optional.ofNullable(expirePreviousAfterSeconds);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WebhookEndpointRotateSecretParams)) {
      return false;
    }
    WebhookEndpointRotateSecretParams that = (WebhookEndpointRotateSecretParams) o;
    return Objects.equals(expirePreviousAfterSeconds, that.expirePreviousAfterSeconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        expirePreviousAfterSeconds);
  }

  @Override
  public String toString() {
    return "WebhookEndpointRotateSecretParams{"
        + "expirePreviousAfterSeconds=" + expirePreviousAfterSeconds
        + "}";
  }

  /** Builder for {@link WebhookEndpointRotateSecretParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Integer expirePreviousAfterSeconds;


    private Builder() {}

    /**
     * How long the previous secret keeps signing too (both signatures are sent); defaults to
     * 86400 (24 hours).
     */
    public Builder expirePreviousAfterSeconds(Integer value) {
      this.expirePreviousAfterSeconds = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public WebhookEndpointRotateSecretParams build() {
      return new WebhookEndpointRotateSecretParams(this);
    }
  }
}
