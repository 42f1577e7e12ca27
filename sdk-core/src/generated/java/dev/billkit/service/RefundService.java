// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.ApiRequest;
import dev.billkit.internal.http.ApiRequest.Method;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;

/**
 * Full and partial refunds of payments and invoices, never more than was paid.
 *
 * <p>Get it from {@code client.refunds()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class RefundService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public RefundService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List refunds.
   *
   * <p>Lists refunds, newest first.
   */
  public Page<Refund> list(RefundListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<Refund> list(RefundListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a refund.
   *
   * <p>Refunds all or part of a {@code succeeded} payment intent or a {@code paid} invoice.
   * Refunds on one payment are serialized, so concurrent requests can never return more than
   * was paid. Usually {@code succeeded} at once ({@code refund.created}, then {@code
   * invoice.updated} with the new {@code refund_status}); cards {@code 4000000000007726} stay
   * {@code pending} until the account's clock passes a day, and {@code 4000000000005126}
   * refunds fail ({@code refund.failed}, amount refundable again). With {@code
   * revoke_benefits} (one-time purchases only) the purchase's benefit grants are revoked.
   */
  public Refund create(RefundCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public Refund create(RefundCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a refund.
   *
   * <p>Retrieves a refund.
   */
  public Refund retrieve(String refund) {
    return retrieve(refund, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public Refund retrieve(String refund, RequestOptions options) {
    return executor.execute(retrieveRequest(refund, options));
  }

  static ApiRequest<Page<Refund>> listRequest(RefundListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<Refund>> b =
        ApiRequest.listBuilder("/v1/refunds", Refund.class, Refund::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("payment_intent", params.paymentIntent().orElse(null));
      b.query("invoice", params.invoice().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<Refund> createRequest(RefundCreateParams params, RequestOptions options) {
    ApiRequest.Builder<Refund> b =
        ApiRequest.builder(Method.POST, "/v1/refunds", Refund.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Refund> retrieveRequest(String refund, RequestOptions options) {
    ApiRequest.Builder<Refund> b =
        ApiRequest.builder(Method.GET, "/v1/refunds/{refund}", Refund.class);
    b.pathParam("refund", refund);
    return b.options(options).build();
  }

  /** {@link RefundService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link RefundService#list} with the HTTP details. */
    public ApiResponse<Page<Refund>> list(RefundListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link RefundService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<Refund>> list(RefundListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link RefundService#create} with the HTTP details. */
    public ApiResponse<Refund> create(RefundCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link RefundService#create} with the HTTP details and per-call options. */
    public ApiResponse<Refund> create(RefundCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link RefundService#retrieve} with the HTTP details. */
    public ApiResponse<Refund> retrieve(String refund) {
      return retrieve(refund, RequestOptions.none());
    }

    /** {@link RefundService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<Refund> retrieve(String refund, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(refund, options));
    }
  }
}
