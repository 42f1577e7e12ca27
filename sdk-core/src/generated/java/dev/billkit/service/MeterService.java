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
 * Turn usage events into billable quantities.
 *
 * <p>Get it from {@code client.meters()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class MeterService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public MeterService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List meters.
   *
   * <p>Lists meters, newest first.
   */
  public Page<Meter> list(MeterListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<Meter> list(MeterListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a meter.
   *
   * <p>Creates an {@code active} meter. Every aggregation but {@code count} needs {@code
   * property}.
   */
  public Meter create(MeterCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public Meter create(MeterCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a meter.
   *
   * <p>Retrieves a meter.
   */
  public Meter retrieve(String meter) {
    return retrieve(meter, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public Meter retrieve(String meter, RequestOptions options) {
    return executor.execute(retrieveRequest(meter, options));
  }

  /**
   * Update a meter.
   *
   * <p>Renames, archives or restores a meter. An archived meter keeps counting for existing
   * metered prices but can't be used by new ones.
   */
  public Meter update(String meter, MeterUpdateParams params) {
    return update(meter, params, RequestOptions.none());
  }

  /** {@link #update} with per-call options (idempotency key, retries, timeouts). */
  public Meter update(String meter, MeterUpdateParams params, RequestOptions options) {
    return executor.execute(updateRequest(meter, params, options));
  }

  /**
   * Retrieve a customer's aggregated usage.
   *
   * <p>Aggregates a customer's matching usage events over {@code [start, end)}, overall and
   * per {@code interval} bucket.
   */
  public MeterQuantities quantities(String meter, MeterQuantitiesParams params) {
    return quantities(meter, params, RequestOptions.none());
  }

  /** {@link #quantities} with per-call options (idempotency key, retries, timeouts). */
  public MeterQuantities quantities(String meter, MeterQuantitiesParams params, RequestOptions options) {
    return executor.execute(quantitiesRequest(meter, params, options));
  }

  static ApiRequest<Page<Meter>> listRequest(MeterListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<Meter>> b =
        ApiRequest.listBuilder("/v1/meters", Meter.class, Meter::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("status", params.statusValue().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<Meter> createRequest(MeterCreateParams params, RequestOptions options) {
    ApiRequest.Builder<Meter> b =
        ApiRequest.builder(Method.POST, "/v1/meters", Meter.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Meter> retrieveRequest(String meter, RequestOptions options) {
    ApiRequest.Builder<Meter> b =
        ApiRequest.builder(Method.GET, "/v1/meters/{meter}", Meter.class);
    b.pathParam("meter", meter);
    return b.options(options).build();
  }

  static ApiRequest<Meter> updateRequest(String meter, MeterUpdateParams params, RequestOptions options) {
    ApiRequest.Builder<Meter> b =
        ApiRequest.builder(Method.POST, "/v1/meters/{meter}", Meter.class);
    b.pathParam("meter", meter);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<MeterQuantities> quantitiesRequest(String meter, MeterQuantitiesParams params, RequestOptions options) {
    ApiRequest.Builder<MeterQuantities> b =
        ApiRequest.builder(Method.GET, "/v1/meters/{meter}/quantities", MeterQuantities.class);
    b.pathParam("meter", meter);
    if (params != null) {
      b.query("customer", params.customer().orElse(null));
      b.query("start", params.start().orElse(null));
      b.query("end", params.end().orElse(null));
      b.query("interval", params.intervalValue().orElse(null));
    }
    return b.options(options).build();
  }

  /** {@link MeterService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link MeterService#list} with the HTTP details. */
    public ApiResponse<Page<Meter>> list(MeterListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link MeterService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<Meter>> list(MeterListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link MeterService#create} with the HTTP details. */
    public ApiResponse<Meter> create(MeterCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link MeterService#create} with the HTTP details and per-call options. */
    public ApiResponse<Meter> create(MeterCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link MeterService#retrieve} with the HTTP details. */
    public ApiResponse<Meter> retrieve(String meter) {
      return retrieve(meter, RequestOptions.none());
    }

    /** {@link MeterService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<Meter> retrieve(String meter, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(meter, options));
    }

    /** {@link MeterService#update} with the HTTP details. */
    public ApiResponse<Meter> update(String meter, MeterUpdateParams params) {
      return update(meter, params, RequestOptions.none());
    }

    /** {@link MeterService#update} with the HTTP details and per-call options. */
    public ApiResponse<Meter> update(String meter, MeterUpdateParams params, RequestOptions options) {
      return executor.executeRaw(updateRequest(meter, params, options));
    }

    /** {@link MeterService#quantities} with the HTTP details. */
    public ApiResponse<MeterQuantities> quantities(String meter, MeterQuantitiesParams params) {
      return quantities(meter, params, RequestOptions.none());
    }

    /** {@link MeterService#quantities} with the HTTP details and per-call options. */
    public ApiResponse<MeterQuantities> quantities(String meter, MeterQuantitiesParams params, RequestOptions options) {
      return executor.executeRaw(quantitiesRequest(meter, params, options));
    }
  }
}
