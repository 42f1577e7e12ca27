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
 * Fixed, pay-what-you-want ({@code custom}) and metered prices of a product. Immutable once
 * created; archive instead.
 *
 * <p>Get it from {@code client.prices()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class PriceService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public PriceService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List prices.
   *
   * <p>Lists prices, newest first.
   */
  public Page<Price> list(PriceListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<Price> list(PriceListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a price.
   *
   * <p>Creates a price for a product that is not archived. {@code metered_unit} prices need a
   * recurring product and an active meter. The price's amounts never change afterwards.
   */
  public Price create(PriceCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public Price create(PriceCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a price.
   *
   * <p>Retrieves a price, archived or not.
   */
  public Price retrieve(String price) {
    return retrieve(price, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public Price retrieve(String price, RequestOptions options) {
    return executor.execute(retrieveRequest(price, options));
  }

  /**
   * Update a price.
   *
   * <p>Archives or unarchives a price, or changes its metadata. Amounts are immutable: to
   * change one, archive the price and create another. A price can't be unarchived while its
   * product is archived (400 {@code resource_archived}).
   */
  public Price update(String price, PriceUpdateParams params) {
    return update(price, params, RequestOptions.none());
  }

  /** {@link #update} with per-call options (idempotency key, retries, timeouts). */
  public Price update(String price, PriceUpdateParams params, RequestOptions options) {
    return executor.execute(updateRequest(price, params, options));
  }

  static ApiRequest<Page<Price>> listRequest(PriceListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<Price>> b =
        ApiRequest.listBuilder("/v1/prices", Price.class, Price::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("product", params.product().orElse(null));
      b.query("is_archived", params.isArchived().orElse(null));
      b.query("currency", params.currency().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<Price> createRequest(PriceCreateParams params, RequestOptions options) {
    ApiRequest.Builder<Price> b =
        ApiRequest.builder(Method.POST, "/v1/prices", Price.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Price> retrieveRequest(String price, RequestOptions options) {
    ApiRequest.Builder<Price> b =
        ApiRequest.builder(Method.GET, "/v1/prices/{price}", Price.class);
    b.pathParam("price", price);
    return b.options(options).build();
  }

  static ApiRequest<Price> updateRequest(String price, PriceUpdateParams params, RequestOptions options) {
    ApiRequest.Builder<Price> b =
        ApiRequest.builder(Method.POST, "/v1/prices/{price}", Price.class);
    b.pathParam("price", price);
    b.body(params);
    return b.options(options).build();
  }

  /** {@link PriceService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link PriceService#list} with the HTTP details. */
    public ApiResponse<Page<Price>> list(PriceListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link PriceService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<Price>> list(PriceListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link PriceService#create} with the HTTP details. */
    public ApiResponse<Price> create(PriceCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link PriceService#create} with the HTTP details and per-call options. */
    public ApiResponse<Price> create(PriceCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link PriceService#retrieve} with the HTTP details. */
    public ApiResponse<Price> retrieve(String price) {
      return retrieve(price, RequestOptions.none());
    }

    /** {@link PriceService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<Price> retrieve(String price, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(price, options));
    }

    /** {@link PriceService#update} with the HTTP details. */
    public ApiResponse<Price> update(String price, PriceUpdateParams params) {
      return update(price, params, RequestOptions.none());
    }

    /** {@link PriceService#update} with the HTTP details and per-call options. */
    public ApiResponse<Price> update(String price, PriceUpdateParams params, RequestOptions options) {
      return executor.executeRaw(updateRequest(price, params, options));
    }
  }
}
