// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link PaymentMethodService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().paymentMethods()}. Thread-safe.
 */
public final class PaymentMethodServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public PaymentMethodServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link PaymentMethodService#create}. */
  public CompletableFuture<PaymentMethod> create(PaymentMethodCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentMethodService#create} with per-call options. */
  public CompletableFuture<PaymentMethod> create(PaymentMethodCreateParams params, RequestOptions options) {
    return executor.executeAsync(PaymentMethodService.createRequest(params, options));
  }

  /** Asynchronous {@link PaymentMethodService#retrieve}. */
  public CompletableFuture<PaymentMethod> retrieve(String paymentMethod) {
    return retrieve(paymentMethod, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentMethodService#retrieve} with per-call options. */
  public CompletableFuture<PaymentMethod> retrieve(String paymentMethod, RequestOptions options) {
    return executor.executeAsync(PaymentMethodService.retrieveRequest(paymentMethod, options));
  }

  /** Asynchronous {@link PaymentMethodService#attach}. */
  public CompletableFuture<PaymentMethod> attach(String paymentMethod, PaymentMethodAttachParams params) {
    return attach(paymentMethod, params, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentMethodService#attach} with per-call options. */
  public CompletableFuture<PaymentMethod> attach(String paymentMethod, PaymentMethodAttachParams params, RequestOptions options) {
    return executor.executeAsync(PaymentMethodService.attachRequest(paymentMethod, params, options));
  }

  /** Asynchronous {@link PaymentMethodService#detach}. */
  public CompletableFuture<PaymentMethod> detach(String paymentMethod) {
    return detach(paymentMethod, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentMethodService#detach} with per-call options. */
  public CompletableFuture<PaymentMethod> detach(String paymentMethod, RequestOptions options) {
    return executor.executeAsync(PaymentMethodService.detachRequest(paymentMethod, options));
  }

  /**
   * {@link PaymentMethodServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link PaymentMethodService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentMethod>> create(PaymentMethodCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentMethodService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentMethod>> create(PaymentMethodCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(PaymentMethodService.createRequest(params, options));
    }

    /** Asynchronous {@link PaymentMethodService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentMethod>> retrieve(String paymentMethod) {
      return retrieve(paymentMethod, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentMethodService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentMethod>> retrieve(String paymentMethod, RequestOptions options) {
      return executor.executeRawAsync(PaymentMethodService.retrieveRequest(paymentMethod, options));
    }

    /** Asynchronous {@link PaymentMethodService#attach} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentMethod>> attach(String paymentMethod, PaymentMethodAttachParams params) {
      return attach(paymentMethod, params, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentMethodService#attach} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentMethod>> attach(String paymentMethod, PaymentMethodAttachParams params, RequestOptions options) {
      return executor.executeRawAsync(PaymentMethodService.attachRequest(paymentMethod, params, options));
    }

    /** Asynchronous {@link PaymentMethodService#detach} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentMethod>> detach(String paymentMethod) {
      return detach(paymentMethod, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentMethodService#detach} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentMethod>> detach(String paymentMethod, RequestOptions options) {
      return executor.executeRawAsync(PaymentMethodService.detachRequest(paymentMethod, options));
    }
  }
}
