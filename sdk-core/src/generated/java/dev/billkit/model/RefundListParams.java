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
 * Query parameters of {&#64;code GET /v1/refunds}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class RefundListParams {
  @Json(name = "limit")
  private final Integer limit;

  @Json(name = "starting_after")
  private final String startingAfter;

  @Json(name = "ending_before")
  private final String endingBefore;

  @Json(name = "created[gt]")
  private final Instant createdGt;

  @Json(name = "created[gte]")
  private final Instant createdGte;

  @Json(name = "created[lt]")
  private final Instant createdLt;

  @Json(name = "created[lte]")
  private final Instant createdLte;

  @Json(name = "payment_intent")
  private final String paymentIntent;

  @Json(name = "invoice")
  private final String invoice;

  private RefundListParams(Builder b) {
    this.limit = b.limit;
    this.startingAfter = b.startingAfter;
    this.endingBefore = b.endingBefore;
    this.createdGt = b.createdGt;
    this.createdGte = b.createdGte;
    this.createdLt = b.createdLt;
    this.createdLte = b.createdLte;
    this.paymentIntent = b.paymentIntent;
    this.invoice = b.invoice;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.limit = limit;
    b.startingAfter = startingAfter;
    b.endingBefore = endingBefore;
    b.createdGt = createdGt;
    b.createdGte = createdGte;
    b.createdLt = createdLt;
    b.createdLte = createdLte;
    b.paymentIntent = paymentIntent;
    b.invoice = invoice;
    return b;
  }

  /**
   * How many items to return, 1 to 100; defaults to 10.
   */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /**
   * A cursor: return the items after the item with this id (the next page). Not with {@code
   * ending_before} (400 {@code parameters_exclusive}).
   */
  public Optional<String> startingAfter() {
    return Optional.ofNullable(startingAfter);
  }

  /**
   * A cursor: return the items before the item with this id (the previous page). Not with
   * {@code starting_after} (400 {@code parameters_exclusive}).
   */
  public Optional<String> endingBefore() {
    return Optional.ofNullable(endingBefore);
  }

  /**
   * Only items created after this time.
   */
  public Optional<Instant> createdGt() {
    return Optional.ofNullable(createdGt);
  }

  /**
   * Only items created at or after this time.
   */
  public Optional<Instant> createdGte() {
    return Optional.ofNullable(createdGte);
  }

  /**
   * Only items created before this time.
   */
  public Optional<Instant> createdLt() {
    return Optional.ofNullable(createdLt);
  }

  /**
   * Only items created at or before this time.
   */
  public Optional<Instant> createdLte() {
    return Optional.ofNullable(createdLte);
  }

  /**
   * Only items of this payment intent (prefixed {@code pi_}).
   */
  public Optional<String> paymentIntent() {
    return Optional.ofNullable(paymentIntent);
  }

  /**
   * Only items of this invoice (prefixed {@code in_}).
   */
  public Optional<String> invoice() {
    return Optional.ofNullable(invoice);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RefundListParams)) {
      return false;
    }
    RefundListParams that = (RefundListParams) o;
    return Objects.equals(limit, that.limit)
        && Objects.equals(startingAfter, that.startingAfter)
        && Objects.equals(endingBefore, that.endingBefore)
        && Objects.equals(createdGt, that.createdGt)
        && Objects.equals(createdGte, that.createdGte)
        && Objects.equals(createdLt, that.createdLt)
        && Objects.equals(createdLte, that.createdLte)
        && Objects.equals(paymentIntent, that.paymentIntent)
        && Objects.equals(invoice, that.invoice);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        limit,
        startingAfter,
        endingBefore,
        createdGt,
        createdGte,
        createdLt,
        createdLte,
        paymentIntent,
        invoice);
  }

  @Override
  public String toString() {
    return "RefundListParams{"
        + "limit=" + limit
        + ", startingAfter=" + startingAfter
        + ", endingBefore=" + endingBefore
        + ", createdGt=" + createdGt
        + ", createdGte=" + createdGte
        + ", createdLt=" + createdLt
        + ", createdLte=" + createdLte
        + ", paymentIntent=" + paymentIntent
        + ", invoice=" + invoice
        + "}";
  }

  /** Builder for {@link RefundListParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Integer limit;
    private String startingAfter;
    private String endingBefore;
    private Instant createdGt;
    private Instant createdGte;
    private Instant createdLt;
    private Instant createdLte;
    private String paymentIntent;
    private String invoice;


    private Builder() {}

    /**
     * How many items to return, 1 to 100; defaults to 10.
     */
    public Builder limit(Integer value) {
      this.limit = value;
      return this;
    }

    /**
     * A cursor: return the items after the item with this id (the next page). Not with {@code
     * ending_before} (400 {@code parameters_exclusive}).
     */
    public Builder startingAfter(String value) {
      this.startingAfter = value;
      return this;
    }

    /**
     * A cursor: return the items before the item with this id (the previous page). Not with
     * {@code starting_after} (400 {@code parameters_exclusive}).
     */
    public Builder endingBefore(String value) {
      this.endingBefore = value;
      return this;
    }

    /**
     * Only items created after this time.
     */
    public Builder createdGt(Instant value) {
      this.createdGt = value;
      return this;
    }

    /**
     * Only items created at or after this time.
     */
    public Builder createdGte(Instant value) {
      this.createdGte = value;
      return this;
    }

    /**
     * Only items created before this time.
     */
    public Builder createdLt(Instant value) {
      this.createdLt = value;
      return this;
    }

    /**
     * Only items created at or before this time.
     */
    public Builder createdLte(Instant value) {
      this.createdLte = value;
      return this;
    }

    /**
     * Only items of this payment intent (prefixed {@code pi_}).
     */
    public Builder paymentIntent(String value) {
      this.paymentIntent = value;
      return this;
    }

    /**
     * Only items of this invoice (prefixed {@code in_}).
     */
    public Builder invoice(String value) {
      this.invoice = value;
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public RefundListParams build() {
      return new RefundListParams(this);
    }
  }
}
