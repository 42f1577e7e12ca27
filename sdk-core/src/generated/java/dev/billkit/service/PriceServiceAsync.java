// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link PriceService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().prices()}. Thread-safe.
 */
public final class PriceServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public PriceServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link PriceService#list}. */
  public CompletableFuture<Page<Price>> list(PriceListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link PriceService#list} with per-call options. */
  public CompletableFuture<Page<Price>> list(PriceListParams params, RequestOptions options) {
    return executor.executeAsync(PriceService.listRequest(params, options));
  }

  /** Asynchronous {@link PriceService#create}. */
  public CompletableFuture<Price> create(PriceCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link PriceService#create} with per-call options. */
  public CompletableFuture<Price> create(PriceCreateParams params, RequestOptions options) {
    return executor.executeAsync(PriceService.createRequest(params, options));
  }

  /** Asynchronous {@link PriceService#retrieve}. */
  public CompletableFuture<Price> retrieve(String price) {
    return retrieve(price, RequestOptions.none());
  }

  /** Asynchronous {@link PriceService#retrieve} with per-call options. */
  public CompletableFuture<Price> retrieve(String price, RequestOptions options) {
    return executor.executeAsync(PriceService.retrieveRequest(price, options));
  }

  /** Asynchronous {@link PriceService#update}. */
  public CompletableFuture<Price> update(String price, PriceUpdateParams params) {
    return update(price, params, RequestOptions.none());
  }

  /** Asynchronous {@link PriceService#update} with per-call options. */
  public CompletableFuture<Price> update(String price, PriceUpdateParams params, RequestOptions options) {
    return executor.executeAsync(PriceService.updateRequest(price, params, options));
  }

  /**
   * {@link PriceServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link PriceService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<Price>>> list(PriceListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link PriceService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<Price>>> list(PriceListParams params, RequestOptions options) {
      return executor.executeRawAsync(PriceService.listRequest(params, options));
    }

    /** Asynchronous {@link PriceService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<Price>> create(PriceCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link PriceService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Price>> create(PriceCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(PriceService.createRequest(params, options));
    }

    /** Asynchronous {@link PriceService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<Price>> retrieve(String price) {
      return retrieve(price, RequestOptions.none());
    }

    /** Asynchronous {@link PriceService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Price>> retrieve(String price, RequestOptions options) {
      return executor.executeRawAsync(PriceService.retrieveRequest(price, options));
    }

    /** Asynchronous {@link PriceService#update} with the HTTP details. */
    public CompletableFuture<ApiResponse<Price>> update(String price, PriceUpdateParams params) {
      return update(price, params, RequestOptions.none());
    }

    /** Asynchronous {@link PriceService#update} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Price>> update(String price, PriceUpdateParams params, RequestOptions options) {
      return executor.executeRawAsync(PriceService.updateRequest(price, params, options));
    }
  }
}
