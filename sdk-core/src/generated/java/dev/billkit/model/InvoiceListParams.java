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
 * Query parameters of {&#64;code GET /v1/invoices}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class InvoiceListParams {
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

  @Json(name = "customer")
  private final String customer;

  @Json(name = "subscription")
  private final String subscription;

  @Json(name = "status")
  private final String status;

  private InvoiceListParams(Builder b) {
    this.limit = b.limit;
    this.startingAfter = b.startingAfter;
    this.endingBefore = b.endingBefore;
    this.createdGt = b.createdGt;
    this.createdGte = b.createdGte;
    this.createdLt = b.createdLt;
    this.createdLte = b.createdLte;
    this.customer = b.customer;
    this.subscription = b.subscription;
    this.status = b.status;
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
    b.customer = customer;
    b.subscription = subscription;
    b.status = status;
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
   * Only items of this customer (prefixed {@code cus_}).
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * Only items of this subscription (prefixed {@code sub_}).
   */
  public Optional<String> subscription() {
    return Optional.ofNullable(subscription);
  }

  /**
   * Only invoices with this status.
   */
  public Optional<Status> status() {
    return Optional.ofNullable(status).map(Status::fromValue);
  }

  /** The raw {@code status} string, kept even when this SDK does not know the value. */
  public Optional<String> statusValue() {
    return Optional.ofNullable(status);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InvoiceListParams)) {
      return false;
    }
    InvoiceListParams that = (InvoiceListParams) o;
    return Objects.equals(limit, that.limit)
        && Objects.equals(startingAfter, that.startingAfter)
        && Objects.equals(endingBefore, that.endingBefore)
        && Objects.equals(createdGt, that.createdGt)
        && Objects.equals(createdGte, that.createdGte)
        && Objects.equals(createdLt, that.createdLt)
        && Objects.equals(createdLte, that.createdLte)
        && Objects.equals(customer, that.customer)
        && Objects.equals(subscription, that.subscription)
        && Objects.equals(status, that.status);
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
        customer,
        subscription,
        status);
  }

  @Override
  public String toString() {
    return "InvoiceListParams{"
        + "limit=" + limit
        + ", startingAfter=" + startingAfter
        + ", endingBefore=" + endingBefore
        + ", createdGt=" + createdGt
        + ", createdGte=" + createdGte
        + ", createdLt=" + createdLt
        + ", createdLte=" + createdLte
        + ", customer=" + customer
        + ", subscription=" + subscription
        + ", status=" + status
        + "}";
  }

  /**
   * Values of {@code status}. A value this SDK does not know yet parses to {@link #UNKNOWN};
   * the raw string stays available from the {@code …Value()} accessor.
   */
  public enum Status {
    DRAFT("draft"),
    OPEN("open"),
    PAID("paid"),
    VOID("void"),
    UNCOLLECTIBLE("uncollectible"),
    /** A value this version of the SDK does not know; it cannot be sent. */
    UNKNOWN(null),
    ;

    private final String value;

    Status(String value) {
      this.value = value;
    }

    /** The wire value, such as {@code "draft"}; {@code null} only for the unknown fallback. */
    public String value() {
      return value;
    }

    /** The constant for {@code value}, or {@code UNKNOWN} when this SDK does not know it. */
    public static Status fromValue(String value) {
      for (Status c : values()) {
        if (c.value != null && c.value.equals(value)) {
          return c;
        }
      }
      return UNKNOWN;
    }

    static String wire(Status v) {
      if (v == null) {
        return null;
      }
      if (v.value == null) {
        throw new IllegalArgumentException(
            "Status.UNKNOWN cannot be sent: pick one of the known values");
      }
      return v.value;
    }
  }

  /** Builder for {@link InvoiceListParams}. Mutable and not thread-safe. */
  public static final class Builder {
    private Integer limit;
    private String startingAfter;
    private String endingBefore;
    private Instant createdGt;
    private Instant createdGte;
    private Instant createdLt;
    private Instant createdLte;
    private String customer;
    private String subscription;
    private String status;


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
     * Only items of this customer (prefixed {@code cus_}).
     */
    public Builder customer(String value) {
      this.customer = value;
      return this;
    }

    /**
     * Only items of this subscription (prefixed {@code sub_}).
     */
    public Builder subscription(String value) {
      this.subscription = value;
      return this;
    }

    /**
     * Only invoices with this status.
     */
    public Builder status(Status value) {
      this.status = Status.wire(value);
      return this;
    }

    /** @throws IllegalStateException naming a required field that was not set */
    public InvoiceListParams build() {
      return new InvoiceListParams(this);
    }
  }
}
