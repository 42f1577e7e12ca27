// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link MeterService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().meters()}. Thread-safe.
 */
public final class MeterServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public MeterServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link MeterService#list}. */
  public CompletableFuture<Page<Meter>> list(MeterListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link MeterService#list} with per-call options. */
  public CompletableFuture<Page<Meter>> list(MeterListParams params, RequestOptions options) {
    return executor.executeAsync(MeterService.listRequest(params, options));
  }

  /** Asynchronous {@link MeterService#create}. */
  public CompletableFuture<Meter> create(MeterCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link MeterService#create} with per-call options. */
  public CompletableFuture<Meter> create(MeterCreateParams params, RequestOptions options) {
    return executor.executeAsync(MeterService.createRequest(params, options));
  }

  /** Asynchronous {@link MeterService#retrieve}. */
  public CompletableFuture<Meter> retrieve(String meter) {
    return retrieve(meter, RequestOptions.none());
  }

  /** Asynchronous {@link MeterService#retrieve} with per-call options. */
  public CompletableFuture<Meter> retrieve(String meter, RequestOptions options) {
    return executor.executeAsync(MeterService.retrieveRequest(meter, options));
  }

  /** Asynchronous {@link MeterService#update}. */
  public CompletableFuture<Meter> update(String meter, MeterUpdateParams params) {
    return update(meter, params, RequestOptions.none());
  }

  /** Asynchronous {@link MeterService#update} with per-call options. */
  public CompletableFuture<Meter> update(String meter, MeterUpdateParams params, RequestOptions options) {
    return executor.executeAsync(MeterService.updateRequest(meter, params, options));
  }

  /** Asynchronous {@link MeterService#quantities}. */
  public CompletableFuture<MeterQuantities> quantities(String meter, MeterQuantitiesParams params) {
    return quantities(meter, params, RequestOptions.none());
  }

  /** Asynchronous {@link MeterService#quantities} with per-call options. */
  public CompletableFuture<MeterQuantities> quantities(String meter, MeterQuantitiesParams params, RequestOptions options) {
    return executor.executeAsync(MeterService.quantitiesRequest(meter, params, options));
  }

  /**
   * {@link MeterServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link MeterService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<Meter>>> list(MeterListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link MeterService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<Meter>>> list(MeterListParams params, RequestOptions options) {
      return executor.executeRawAsync(MeterService.listRequest(params, options));
    }

    /** Asynchronous {@link MeterService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<Meter>> create(MeterCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link MeterService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Meter>> create(MeterCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(MeterService.createRequest(params, options));
    }

    /** Asynchronous {@link MeterService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<Meter>> retrieve(String meter) {
      return retrieve(meter, RequestOptions.none());
    }

    /** Asynchronous {@link MeterService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Meter>> retrieve(String meter, RequestOptions options) {
      return executor.executeRawAsync(MeterService.retrieveRequest(meter, options));
    }

    /** Asynchronous {@link MeterService#update} with the HTTP details. */
    public CompletableFuture<ApiResponse<Meter>> update(String meter, MeterUpdateParams params) {
      return update(meter, params, RequestOptions.none());
    }

    /** Asynchronous {@link MeterService#update} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Meter>> update(String meter, MeterUpdateParams params, RequestOptions options) {
      return executor.executeRawAsync(MeterService.updateRequest(meter, params, options));
    }

    /** Asynchronous {@link MeterService#quantities} with the HTTP details. */
    public CompletableFuture<ApiResponse<MeterQuantities>> quantities(String meter, MeterQuantitiesParams params) {
      return quantities(meter, params, RequestOptions.none());
    }

    /** Asynchronous {@link MeterService#quantities} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<MeterQuantities>> quantities(String meter, MeterQuantitiesParams params, RequestOptions options) {
      return executor.executeRawAsync(MeterService.quantitiesRequest(meter, params, options));
    }
  }
}
