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
 * When the invoice entered each status.
 *
 * <p>Immutable and thread-safe. Parsed from API answers; {@link #builder()} builds one for tests.
 */
public final class InvoiceStatusTransitions {
  @Json(name = "finalized_at")
  private final Instant finalizedAt;

  @Json(name = "paid_at")
  private final Instant paidAt;

  @Json(name = "voided_at")
  private final Instant voidedAt;

  @Json(name = "marked_uncollectible_at")
  private final Instant markedUncollectibleAt;

  private InvoiceStatusTransitions(Builder b) {
    this.finalizedAt = b.finalizedAt;
    this.paidAt = b.paidAt;
    this.voidedAt = b.voidedAt;
    this.markedUncollectibleAt = b.markedUncollectibleAt;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.finalizedAt = finalizedAt;
    b.paidAt = paidAt;
    b.voidedAt = voidedAt;
    b.markedUncollectibleAt = markedUncollectibleAt;
    return b;
  }

  /**
   * When it became {@code open}.
   */
  public Optional<Instant> finalizedAt() {
    return Optional.ofNullable(finalizedAt);
  }

  /**
   * When it became {@code paid}.
   */
  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }

  /**
   * When it became {@code void}.
   */
  public Optional<Instant> voidedAt() {
    return Optional.ofNullable(voidedAt);
  }

  /**
   * When it became {@code uncollectible}.
   */
  public Optional<Instant> markedUncollectibleAt() {
    return Optional.ofNullable(markedUncollectibleAt);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InvoiceStatusTransitions)) {
      return false;
    }
    InvoiceStatusTransitions that = (InvoiceStatusTransitions) o;
    return Objects.equals(finalizedAt, that.finalizedAt)
        && Objects.equals(paidAt, that.paidAt)
        && Objects.equals(voidedAt, that.voidedAt)
        && Objects.equals(markedUncollectibleAt, that.markedUncollectibleAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        finalizedAt,
        paidAt,
        voidedAt,
        markedUncollectibleAt);
  }

  @Override
  public String toString() {
    return "InvoiceStatusTransitions{"
        + "finalizedAt=" + finalizedAt
        + ", paidAt=" + paidAt
        + ", voidedAt=" + voidedAt
        + ", markedUncollectibleAt=" + markedUncollectibleAt
        + "}";
  }

  /** Builder for {@link InvoiceStatusTransitions}. Mutable and not thread-safe. */
  public static final class Builder {
    private Instant finalizedAt;
    private Instant paidAt;
    private Instant voidedAt;
    private Instant markedUncollectibleAt;


    private Builder() {}

    /**
     * When it became {@code open}.
     */
    public Builder finalizedAt(Instant value) {
      this.finalizedAt = value;
      return this;
    }

    /**
     * When it became {@code paid}.
     */
    public Builder paidAt(Instant value) {
      this.paidAt = value;
      return this;
    }

    /**
     * When it became {@code void}.
     */
    public Builder voidedAt(Instant value) {
      this.voidedAt = value;
      return this;
    }

    /**
     * When it became {@code uncollectible}.
     */
    public Builder markedUncollectibleAt(Instant value) {
      this.markedUncollectibleAt = value;
      return this;
    }

    /**
     * Builds the object. Required fields are not checked: this builder exists to make partial
     * fakes in tests, while the server is the source of real objects.
     */
    public InvoiceStatusTransitions build() {
      return new InvoiceStatusTransitions(this);
    }
  }
}
