// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link BenefitGrantService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().benefitGrants()}. Thread-safe.
 */
public final class BenefitGrantServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public BenefitGrantServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link BenefitGrantService#list}. */
  public CompletableFuture<Page<BenefitGrant>> list(BenefitGrantListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link BenefitGrantService#list} with per-call options. */
  public CompletableFuture<Page<BenefitGrant>> list(BenefitGrantListParams params, RequestOptions options) {
    return executor.executeAsync(BenefitGrantService.listRequest(params, options));
  }

  /**
   * {@link BenefitGrantServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link BenefitGrantService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<BenefitGrant>>> list(BenefitGrantListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link BenefitGrantService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<BenefitGrant>>> list(BenefitGrantListParams params, RequestOptions options) {
      return executor.executeRawAsync(BenefitGrantService.listRequest(params, options));
    }
  }
}
