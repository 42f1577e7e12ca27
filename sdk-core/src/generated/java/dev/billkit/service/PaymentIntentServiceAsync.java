// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link PaymentIntentService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().paymentIntents()}. Thread-safe.
 */
public final class PaymentIntentServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public PaymentIntentServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link PaymentIntentService#list}. */
  public CompletableFuture<Page<PaymentIntent>> list(PaymentIntentListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentIntentService#list} with per-call options. */
  public CompletableFuture<Page<PaymentIntent>> list(PaymentIntentListParams params, RequestOptions options) {
    return executor.executeAsync(PaymentIntentService.listRequest(params, options));
  }

  /** Asynchronous {@link PaymentIntentService#create}. */
  public CompletableFuture<PaymentIntent> create(PaymentIntentCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentIntentService#create} with per-call options. */
  public CompletableFuture<PaymentIntent> create(PaymentIntentCreateParams params, RequestOptions options) {
    return executor.executeAsync(PaymentIntentService.createRequest(params, options));
  }

  /** Asynchronous {@link PaymentIntentService#retrieve}. */
  public CompletableFuture<PaymentIntent> retrieve(String paymentIntent) {
    return retrieve(paymentIntent, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentIntentService#retrieve} with per-call options. */
  public CompletableFuture<PaymentIntent> retrieve(String paymentIntent, RequestOptions options) {
    return executor.executeAsync(PaymentIntentService.retrieveRequest(paymentIntent, options));
  }

  /** Asynchronous {@link PaymentIntentService#update}. */
  public CompletableFuture<PaymentIntent> update(String paymentIntent, PaymentIntentUpdateParams params) {
    return update(paymentIntent, params, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentIntentService#update} with per-call options. */
  public CompletableFuture<PaymentIntent> update(String paymentIntent, PaymentIntentUpdateParams params, RequestOptions options) {
    return executor.executeAsync(PaymentIntentService.updateRequest(paymentIntent, params, options));
  }

  /** Asynchronous {@link PaymentIntentService#confirm}. */
  public CompletableFuture<PaymentIntent> confirm(String paymentIntent, PaymentIntentConfirmParams params) {
    return confirm(paymentIntent, params, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentIntentService#confirm} with per-call options. */
  public CompletableFuture<PaymentIntent> confirm(String paymentIntent, PaymentIntentConfirmParams params, RequestOptions options) {
    return executor.executeAsync(PaymentIntentService.confirmRequest(paymentIntent, params, options));
  }

  /** Asynchronous {@link PaymentIntentService#capture}. */
  public CompletableFuture<PaymentIntent> capture(String paymentIntent, PaymentIntentCaptureParams params) {
    return capture(paymentIntent, params, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentIntentService#capture} with per-call options. */
  public CompletableFuture<PaymentIntent> capture(String paymentIntent, PaymentIntentCaptureParams params, RequestOptions options) {
    return executor.executeAsync(PaymentIntentService.captureRequest(paymentIntent, params, options));
  }

  /** Asynchronous {@link PaymentIntentService#cancel}. */
  public CompletableFuture<PaymentIntent> cancel(String paymentIntent, PaymentIntentCancelParams params) {
    return cancel(paymentIntent, params, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentIntentService#cancel} with per-call options. */
  public CompletableFuture<PaymentIntent> cancel(String paymentIntent, PaymentIntentCancelParams params, RequestOptions options) {
    return executor.executeAsync(PaymentIntentService.cancelRequest(paymentIntent, params, options));
  }

  /** Asynchronous {@link PaymentIntentService#authenticate}. */
  public CompletableFuture<PaymentIntent> authenticate(String paymentIntent, PaymentIntentAuthenticateParams params) {
    return authenticate(paymentIntent, params, RequestOptions.none());
  }

  /** Asynchronous {@link PaymentIntentService#authenticate} with per-call options. */
  public CompletableFuture<PaymentIntent> authenticate(String paymentIntent, PaymentIntentAuthenticateParams params, RequestOptions options) {
    return executor.executeAsync(PaymentIntentService.authenticateRequest(paymentIntent, params, options));
  }

  /**
   * {@link PaymentIntentServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link PaymentIntentService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<PaymentIntent>>> list(PaymentIntentListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentIntentService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<PaymentIntent>>> list(PaymentIntentListParams params, RequestOptions options) {
      return executor.executeRawAsync(PaymentIntentService.listRequest(params, options));
    }

    /** Asynchronous {@link PaymentIntentService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentIntent>> create(PaymentIntentCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentIntentService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentIntent>> create(PaymentIntentCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(PaymentIntentService.createRequest(params, options));
    }

    /** Asynchronous {@link PaymentIntentService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentIntent>> retrieve(String paymentIntent) {
      return retrieve(paymentIntent, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentIntentService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentIntent>> retrieve(String paymentIntent, RequestOptions options) {
      return executor.executeRawAsync(PaymentIntentService.retrieveRequest(paymentIntent, options));
    }

    /** Asynchronous {@link PaymentIntentService#update} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentIntent>> update(String paymentIntent, PaymentIntentUpdateParams params) {
      return update(paymentIntent, params, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentIntentService#update} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentIntent>> update(String paymentIntent, PaymentIntentUpdateParams params, RequestOptions options) {
      return executor.executeRawAsync(PaymentIntentService.updateRequest(paymentIntent, params, options));
    }

    /** Asynchronous {@link PaymentIntentService#confirm} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentIntent>> confirm(String paymentIntent, PaymentIntentConfirmParams params) {
      return confirm(paymentIntent, params, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentIntentService#confirm} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentIntent>> confirm(String paymentIntent, PaymentIntentConfirmParams params, RequestOptions options) {
      return executor.executeRawAsync(PaymentIntentService.confirmRequest(paymentIntent, params, options));
    }

    /** Asynchronous {@link PaymentIntentService#capture} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentIntent>> capture(String paymentIntent, PaymentIntentCaptureParams params) {
      return capture(paymentIntent, params, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentIntentService#capture} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentIntent>> capture(String paymentIntent, PaymentIntentCaptureParams params, RequestOptions options) {
      return executor.executeRawAsync(PaymentIntentService.captureRequest(paymentIntent, params, options));
    }

    /** Asynchronous {@link PaymentIntentService#cancel} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentIntent>> cancel(String paymentIntent, PaymentIntentCancelParams params) {
      return cancel(paymentIntent, params, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentIntentService#cancel} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentIntent>> cancel(String paymentIntent, PaymentIntentCancelParams params, RequestOptions options) {
      return executor.executeRawAsync(PaymentIntentService.cancelRequest(paymentIntent, params, options));
    }

    /** Asynchronous {@link PaymentIntentService#authenticate} with the HTTP details. */
    public CompletableFuture<ApiResponse<PaymentIntent>> authenticate(String paymentIntent, PaymentIntentAuthenticateParams params) {
      return authenticate(paymentIntent, params, RequestOptions.none());
    }

    /** Asynchronous {@link PaymentIntentService#authenticate} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<PaymentIntent>> authenticate(String paymentIntent, PaymentIntentAuthenticateParams params, RequestOptions options) {
      return executor.executeRawAsync(PaymentIntentService.authenticateRequest(paymentIntent, params, options));
    }
  }
}
