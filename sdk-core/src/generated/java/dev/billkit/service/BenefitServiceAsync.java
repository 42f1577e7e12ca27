// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link BenefitService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().benefits()}. Thread-safe.
 */
public final class BenefitServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public BenefitServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link BenefitService#list}. */
  public CompletableFuture<Page<Benefit>> list(BenefitListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link BenefitService#list} with per-call options. */
  public CompletableFuture<Page<Benefit>> list(BenefitListParams params, RequestOptions options) {
    return executor.executeAsync(BenefitService.listRequest(params, options));
  }

  /** Asynchronous {@link BenefitService#create}. */
  public CompletableFuture<Benefit> create(BenefitCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link BenefitService#create} with per-call options. */
  public CompletableFuture<Benefit> create(BenefitCreateParams params, RequestOptions options) {
    return executor.executeAsync(BenefitService.createRequest(params, options));
  }

  /** Asynchronous {@link BenefitService#retrieve}. */
  public CompletableFuture<Benefit> retrieve(String benefit) {
    return retrieve(benefit, RequestOptions.none());
  }

  /** Asynchronous {@link BenefitService#retrieve} with per-call options. */
  public CompletableFuture<Benefit> retrieve(String benefit, RequestOptions options) {
    return executor.executeAsync(BenefitService.retrieveRequest(benefit, options));
  }

  /** Asynchronous {@link BenefitService#update}. */
  public CompletableFuture<Benefit> update(String benefit, BenefitUpdateParams params) {
    return update(benefit, params, RequestOptions.none());
  }

  /** Asynchronous {@link BenefitService#update} with per-call options. */
  public CompletableFuture<Benefit> update(String benefit, BenefitUpdateParams params, RequestOptions options) {
    return executor.executeAsync(BenefitService.updateRequest(benefit, params, options));
  }

  /** Asynchronous {@link BenefitService#delete}. */
  public CompletableFuture<DeletedObject> delete(String benefit) {
    return delete(benefit, RequestOptions.none());
  }

  /** Asynchronous {@link BenefitService#delete} with per-call options. */
  public CompletableFuture<DeletedObject> delete(String benefit, RequestOptions options) {
    return executor.executeAsync(BenefitService.deleteRequest(benefit, options));
  }

  /**
   * {@link BenefitServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link BenefitService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<Benefit>>> list(BenefitListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link BenefitService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<Benefit>>> list(BenefitListParams params, RequestOptions options) {
      return executor.executeRawAsync(BenefitService.listRequest(params, options));
    }

    /** Asynchronous {@link BenefitService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<Benefit>> create(BenefitCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link BenefitService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Benefit>> create(BenefitCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(BenefitService.createRequest(params, options));
    }

    /** Asynchronous {@link BenefitService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<Benefit>> retrieve(String benefit) {
      return retrieve(benefit, RequestOptions.none());
    }

    /** Asynchronous {@link BenefitService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Benefit>> retrieve(String benefit, RequestOptions options) {
      return executor.executeRawAsync(BenefitService.retrieveRequest(benefit, options));
    }

    /** Asynchronous {@link BenefitService#update} with the HTTP details. */
    public CompletableFuture<ApiResponse<Benefit>> update(String benefit, BenefitUpdateParams params) {
      return update(benefit, params, RequestOptions.none());
    }

    /** Asynchronous {@link BenefitService#update} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Benefit>> update(String benefit, BenefitUpdateParams params, RequestOptions options) {
      return executor.executeRawAsync(BenefitService.updateRequest(benefit, params, options));
    }

    /** Asynchronous {@link BenefitService#delete} with the HTTP details. */
    public CompletableFuture<ApiResponse<DeletedObject>> delete(String benefit) {
      return delete(benefit, RequestOptions.none());
    }

    /** Asynchronous {@link BenefitService#delete} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<DeletedObject>> delete(String benefit, RequestOptions options) {
      return executor.executeRawAsync(BenefitService.deleteRequest(benefit, options));
    }
  }
}
