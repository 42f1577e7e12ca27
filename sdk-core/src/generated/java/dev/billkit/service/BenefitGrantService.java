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
 * Which customer holds which benefit, from which purchase.
 *
 * <p>Get it from {@code client.benefitGrants()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class BenefitGrantService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public BenefitGrantService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List benefit grants.
   *
   * <p>Lists benefit grants, newest first.
   */
  public Page<BenefitGrant> list(BenefitGrantListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<BenefitGrant> list(BenefitGrantListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  static ApiRequest<Page<BenefitGrant>> listRequest(BenefitGrantListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<BenefitGrant>> b =
        ApiRequest.listBuilder("/v1/benefit_grants", BenefitGrant.class, BenefitGrant::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("customer", params.customer().orElse(null));
      b.query("benefit", params.benefit().orElse(null));
      b.query("is_granted", params.isGranted().orElse(null));
    }
    return b.options(options).build();
  }

  /** {@link BenefitGrantService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link BenefitGrantService#list} with the HTTP details. */
    public ApiResponse<Page<BenefitGrant>> list(BenefitGrantListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link BenefitGrantService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<BenefitGrant>> list(BenefitGrantListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }
  }
}
