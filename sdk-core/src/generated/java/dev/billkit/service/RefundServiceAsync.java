// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link RefundService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().refunds()}. Thread-safe.
 */
public final class RefundServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public RefundServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link RefundService#list}. */
  public CompletableFuture<Page<Refund>> list(RefundListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link RefundService#list} with per-call options. */
  public CompletableFuture<Page<Refund>> list(RefundListParams params, RequestOptions options) {
    return executor.executeAsync(RefundService.listRequest(params, options));
  }

  /** Asynchronous {@link RefundService#create}. */
  public CompletableFuture<Refund> create(RefundCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link RefundService#create} with per-call options. */
  public CompletableFuture<Refund> create(RefundCreateParams params, RequestOptions options) {
    return executor.executeAsync(RefundService.createRequest(params, options));
  }

  /** Asynchronous {@link RefundService#retrieve}. */
  public CompletableFuture<Refund> retrieve(String refund) {
    return retrieve(refund, RequestOptions.none());
  }

  /** Asynchronous {@link RefundService#retrieve} with per-call options. */
  public CompletableFuture<Refund> retrieve(String refund, RequestOptions options) {
    return executor.executeAsync(RefundService.retrieveRequest(refund, options));
  }

  /**
   * {@link RefundServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link RefundService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<Refund>>> list(RefundListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link RefundService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<Refund>>> list(RefundListParams params, RequestOptions options) {
      return executor.executeRawAsync(RefundService.listRequest(params, options));
    }

    /** Asynchronous {@link RefundService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<Refund>> create(RefundCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link RefundService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Refund>> create(RefundCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(RefundService.createRequest(params, options));
    }

    /** Asynchronous {@link RefundService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<Refund>> retrieve(String refund) {
      return retrieve(refund, RequestOptions.none());
    }

    /** Asynchronous {@link RefundService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Refund>> retrieve(String refund, RequestOptions options) {
      return executor.executeRawAsync(RefundService.retrieveRequest(refund, options));
    }
  }
}
