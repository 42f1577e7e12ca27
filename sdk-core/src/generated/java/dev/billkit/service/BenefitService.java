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
 * License keys, feature flags, meter credits and custom perks granted with products.
 *
 * <p>Get it from {@code client.benefits()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class BenefitService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public BenefitService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List benefits.
   *
   * <p>Lists benefits, newest first.
   */
  public Page<Benefit> list(BenefitListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<Benefit> list(BenefitListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a benefit.
   *
   * <p>Creates a benefit. Attach it to products with the product's {@code benefits}.
   */
  public Benefit create(BenefitCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public Benefit create(BenefitCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a benefit.
   *
   * <p>Retrieves a benefit.
   */
  public Benefit retrieve(String benefit) {
    return retrieve(benefit, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public Benefit retrieve(String benefit, RequestOptions options) {
    return executor.execute(retrieveRequest(benefit, options));
  }

  /**
   * Update a benefit.
   *
   * <p>Updates a benefit. The settings object must match its type. New settings apply to
   * future grants.
   */
  public Benefit update(String benefit, BenefitUpdateParams params) {
    return update(benefit, params, RequestOptions.none());
  }

  /** {@link #update} with per-call options (idempotency key, retries, timeouts). */
  public Benefit update(String benefit, BenefitUpdateParams params, RequestOptions options) {
    return executor.execute(updateRequest(benefit, params, options));
  }

  /**
   * Delete a benefit.
   *
   * <p>Deletes a benefit, removes it from every product and revokes its grants ({@code
   * benefit_grant.revoked}, {@code customer.state_changed}; license keys become {@code
   * revoked}).
   */
  public DeletedObject delete(String benefit) {
    return delete(benefit, RequestOptions.none());
  }

  /** {@link #delete} with per-call options (idempotency key, retries, timeouts). */
  public DeletedObject delete(String benefit, RequestOptions options) {
    return executor.execute(deleteRequest(benefit, options));
  }

  static ApiRequest<Page<Benefit>> listRequest(BenefitListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<Benefit>> b =
        ApiRequest.listBuilder("/v1/benefits", Benefit.class, Benefit::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("type", params.typeValue().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<Benefit> createRequest(BenefitCreateParams params, RequestOptions options) {
    ApiRequest.Builder<Benefit> b =
        ApiRequest.builder(Method.POST, "/v1/benefits", Benefit.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Benefit> retrieveRequest(String benefit, RequestOptions options) {
    ApiRequest.Builder<Benefit> b =
        ApiRequest.builder(Method.GET, "/v1/benefits/{benefit}", Benefit.class);
    b.pathParam("benefit", benefit);
    return b.options(options).build();
  }

  static ApiRequest<Benefit> updateRequest(String benefit, BenefitUpdateParams params, RequestOptions options) {
    ApiRequest.Builder<Benefit> b =
        ApiRequest.builder(Method.POST, "/v1/benefits/{benefit}", Benefit.class);
    b.pathParam("benefit", benefit);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<DeletedObject> deleteRequest(String benefit, RequestOptions options) {
    ApiRequest.Builder<DeletedObject> b =
        ApiRequest.builder(Method.DELETE, "/v1/benefits/{benefit}", DeletedObject.class);
    b.pathParam("benefit", benefit);
    return b.options(options).build();
  }

  /** {@link BenefitService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link BenefitService#list} with the HTTP details. */
    public ApiResponse<Page<Benefit>> list(BenefitListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link BenefitService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<Benefit>> list(BenefitListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link BenefitService#create} with the HTTP details. */
    public ApiResponse<Benefit> create(BenefitCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link BenefitService#create} with the HTTP details and per-call options. */
    public ApiResponse<Benefit> create(BenefitCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link BenefitService#retrieve} with the HTTP details. */
    public ApiResponse<Benefit> retrieve(String benefit) {
      return retrieve(benefit, RequestOptions.none());
    }

    /** {@link BenefitService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<Benefit> retrieve(String benefit, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(benefit, options));
    }

    /** {@link BenefitService#update} with the HTTP details. */
    public ApiResponse<Benefit> update(String benefit, BenefitUpdateParams params) {
      return update(benefit, params, RequestOptions.none());
    }

    /** {@link BenefitService#update} with the HTTP details and per-call options. */
    public ApiResponse<Benefit> update(String benefit, BenefitUpdateParams params, RequestOptions options) {
      return executor.executeRaw(updateRequest(benefit, params, options));
    }

    /** {@link BenefitService#delete} with the HTTP details. */
    public ApiResponse<DeletedObject> delete(String benefit) {
      return delete(benefit, RequestOptions.none());
    }

    /** {@link BenefitService#delete} with the HTTP details and per-call options. */
    public ApiResponse<DeletedObject> delete(String benefit, RequestOptions options) {
      return executor.executeRaw(deleteRequest(benefit, options));
    }
  }
}
