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
 * What you sell, once or as a subscription.
 *
 * <p>Get it from {@code client.products()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class ProductService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public ProductService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List products.
   *
   * <p>Lists products, newest first.
   */
  public Page<Product> list(ProductListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<Product> list(ProductListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a product.
   *
   * <p>Creates a one-time product, or a subscription product with {@code recurring_interval}.
   * Every benefit must exist. No event is emitted.
   */
  public Product create(ProductCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public Product create(ProductCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a product.
   *
   * <p>Retrieves a product, archived or not.
   */
  public Product retrieve(String product) {
    return retrieve(product, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public Product retrieve(String product, RequestOptions options) {
    return executor.execute(retrieveRequest(product, options));
  }

  /**
   * Update a product.
   *
   * <p>Updates a product. Archive it with {@code is_archived=true}: archived products (and
   * their prices) can't be bought, while existing subscriptions continue. The recurring
   * interval never changes.
   */
  public Product update(String product, ProductUpdateParams params) {
    return update(product, params, RequestOptions.none());
  }

  /** {@link #update} with per-call options (idempotency key, retries, timeouts). */
  public Product update(String product, ProductUpdateParams params, RequestOptions options) {
    return executor.execute(updateRequest(product, params, options));
  }

  static ApiRequest<Page<Product>> listRequest(ProductListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<Product>> b =
        ApiRequest.listBuilder("/v1/products", Product.class, Product::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("is_archived", params.isArchived().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<Product> createRequest(ProductCreateParams params, RequestOptions options) {
    ApiRequest.Builder<Product> b =
        ApiRequest.builder(Method.POST, "/v1/products", Product.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Product> retrieveRequest(String product, RequestOptions options) {
    ApiRequest.Builder<Product> b =
        ApiRequest.builder(Method.GET, "/v1/products/{product}", Product.class);
    b.pathParam("product", product);
    return b.options(options).build();
  }

  static ApiRequest<Product> updateRequest(String product, ProductUpdateParams params, RequestOptions options) {
    ApiRequest.Builder<Product> b =
        ApiRequest.builder(Method.POST, "/v1/products/{product}", Product.class);
    b.pathParam("product", product);
    b.body(params);
    return b.options(options).build();
  }

  /** {@link ProductService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link ProductService#list} with the HTTP details. */
    public ApiResponse<Page<Product>> list(ProductListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link ProductService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<Product>> list(ProductListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link ProductService#create} with the HTTP details. */
    public ApiResponse<Product> create(ProductCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link ProductService#create} with the HTTP details and per-call options. */
    public ApiResponse<Product> create(ProductCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link ProductService#retrieve} with the HTTP details. */
    public ApiResponse<Product> retrieve(String product) {
      return retrieve(product, RequestOptions.none());
    }

    /** {@link ProductService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<Product> retrieve(String product, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(product, options));
    }

    /** {@link ProductService#update} with the HTTP details. */
    public ApiResponse<Product> update(String product, ProductUpdateParams params) {
      return update(product, params, RequestOptions.none());
    }

    /** {@link ProductService#update} with the HTTP details and per-call options. */
    public ApiResponse<Product> update(String product, ProductUpdateParams params, RequestOptions options) {
      return executor.executeRaw(updateRequest(product, params, options));
    }
  }
}
