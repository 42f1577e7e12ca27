// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link ProductService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().products()}. Thread-safe.
 */
public final class ProductServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public ProductServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link ProductService#list}. */
  public CompletableFuture<Page<Product>> list(ProductListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link ProductService#list} with per-call options. */
  public CompletableFuture<Page<Product>> list(ProductListParams params, RequestOptions options) {
    return executor.executeAsync(ProductService.listRequest(params, options));
  }

  /** Asynchronous {@link ProductService#create}. */
  public CompletableFuture<Product> create(ProductCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link ProductService#create} with per-call options. */
  public CompletableFuture<Product> create(ProductCreateParams params, RequestOptions options) {
    return executor.executeAsync(ProductService.createRequest(params, options));
  }

  /** Asynchronous {@link ProductService#retrieve}. */
  public CompletableFuture<Product> retrieve(String product) {
    return retrieve(product, RequestOptions.none());
  }

  /** Asynchronous {@link ProductService#retrieve} with per-call options. */
  public CompletableFuture<Product> retrieve(String product, RequestOptions options) {
    return executor.executeAsync(ProductService.retrieveRequest(product, options));
  }

  /** Asynchronous {@link ProductService#update}. */
  public CompletableFuture<Product> update(String product, ProductUpdateParams params) {
    return update(product, params, RequestOptions.none());
  }

  /** Asynchronous {@link ProductService#update} with per-call options. */
  public CompletableFuture<Product> update(String product, ProductUpdateParams params, RequestOptions options) {
    return executor.executeAsync(ProductService.updateRequest(product, params, options));
  }

  /**
   * {@link ProductServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link ProductService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<Product>>> list(ProductListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link ProductService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<Product>>> list(ProductListParams params, RequestOptions options) {
      return executor.executeRawAsync(ProductService.listRequest(params, options));
    }

    /** Asynchronous {@link ProductService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<Product>> create(ProductCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link ProductService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Product>> create(ProductCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(ProductService.createRequest(params, options));
    }

    /** Asynchronous {@link ProductService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<Product>> retrieve(String product) {
      return retrieve(product, RequestOptions.none());
    }

    /** Asynchronous {@link ProductService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Product>> retrieve(String product, RequestOptions options) {
      return executor.executeRawAsync(ProductService.retrieveRequest(product, options));
    }

    /** Asynchronous {@link ProductService#update} with the HTTP details. */
    public CompletableFuture<ApiResponse<Product>> update(String product, ProductUpdateParams params) {
      return update(product, params, RequestOptions.none());
    }

    /** Asynchronous {@link ProductService#update} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Product>> update(String product, ProductUpdateParams params, RequestOptions options) {
      return executor.executeRawAsync(ProductService.updateRequest(product, params, options));
    }
  }
}
