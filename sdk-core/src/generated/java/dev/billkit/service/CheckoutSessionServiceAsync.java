// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link CheckoutSessionService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().checkoutSessions()}. Thread-safe.
 */
public final class CheckoutSessionServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public CheckoutSessionServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link CheckoutSessionService#list}. */
  public CompletableFuture<Page<CheckoutSession>> list(CheckoutSessionListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link CheckoutSessionService#list} with per-call options. */
  public CompletableFuture<Page<CheckoutSession>> list(CheckoutSessionListParams params, RequestOptions options) {
    return executor.executeAsync(CheckoutSessionService.listRequest(params, options));
  }

  /** Asynchronous {@link CheckoutSessionService#create}. */
  public CompletableFuture<CheckoutSession> create(CheckoutSessionCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link CheckoutSessionService#create} with per-call options. */
  public CompletableFuture<CheckoutSession> create(CheckoutSessionCreateParams params, RequestOptions options) {
    return executor.executeAsync(CheckoutSessionService.createRequest(params, options));
  }

  /** Asynchronous {@link CheckoutSessionService#retrieve}. */
  public CompletableFuture<CheckoutSession> retrieve(String checkoutSession) {
    return retrieve(checkoutSession, RequestOptions.none());
  }

  /** Asynchronous {@link CheckoutSessionService#retrieve} with per-call options. */
  public CompletableFuture<CheckoutSession> retrieve(String checkoutSession, RequestOptions options) {
    return executor.executeAsync(CheckoutSessionService.retrieveRequest(checkoutSession, options));
  }

  /** Asynchronous {@link CheckoutSessionService#expire}. */
  public CompletableFuture<CheckoutSession> expire(String checkoutSession) {
    return expire(checkoutSession, RequestOptions.none());
  }

  /** Asynchronous {@link CheckoutSessionService#expire} with per-call options. */
  public CompletableFuture<CheckoutSession> expire(String checkoutSession, RequestOptions options) {
    return executor.executeAsync(CheckoutSessionService.expireRequest(checkoutSession, options));
  }

  /** Asynchronous {@link CheckoutSessionService#retrieveByClientSecret}. */
  public CompletableFuture<CheckoutSession> retrieveByClientSecret(String clientSecret) {
    return retrieveByClientSecret(clientSecret, RequestOptions.none());
  }

  /** Asynchronous {@link CheckoutSessionService#retrieveByClientSecret} with per-call options. */
  public CompletableFuture<CheckoutSession> retrieveByClientSecret(String clientSecret, RequestOptions options) {
    return executor.executeAsync(CheckoutSessionService.retrieveByClientSecretRequest(clientSecret, options));
  }

  /** Asynchronous {@link CheckoutSessionService#confirm}. */
  public CompletableFuture<CheckoutSession> confirm(String clientSecret, CheckoutSessionConfirmParams params) {
    return confirm(clientSecret, params, RequestOptions.none());
  }

  /** Asynchronous {@link CheckoutSessionService#confirm} with per-call options. */
  public CompletableFuture<CheckoutSession> confirm(String clientSecret, CheckoutSessionConfirmParams params, RequestOptions options) {
    return executor.executeAsync(CheckoutSessionService.confirmRequest(clientSecret, params, options));
  }

  /**
   * {@link CheckoutSessionServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link CheckoutSessionService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<CheckoutSession>>> list(CheckoutSessionListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link CheckoutSessionService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<CheckoutSession>>> list(CheckoutSessionListParams params, RequestOptions options) {
      return executor.executeRawAsync(CheckoutSessionService.listRequest(params, options));
    }

    /** Asynchronous {@link CheckoutSessionService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<CheckoutSession>> create(CheckoutSessionCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link CheckoutSessionService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<CheckoutSession>> create(CheckoutSessionCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(CheckoutSessionService.createRequest(params, options));
    }

    /** Asynchronous {@link CheckoutSessionService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<CheckoutSession>> retrieve(String checkoutSession) {
      return retrieve(checkoutSession, RequestOptions.none());
    }

    /** Asynchronous {@link CheckoutSessionService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<CheckoutSession>> retrieve(String checkoutSession, RequestOptions options) {
      return executor.executeRawAsync(CheckoutSessionService.retrieveRequest(checkoutSession, options));
    }

    /** Asynchronous {@link CheckoutSessionService#expire} with the HTTP details. */
    public CompletableFuture<ApiResponse<CheckoutSession>> expire(String checkoutSession) {
      return expire(checkoutSession, RequestOptions.none());
    }

    /** Asynchronous {@link CheckoutSessionService#expire} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<CheckoutSession>> expire(String checkoutSession, RequestOptions options) {
      return executor.executeRawAsync(CheckoutSessionService.expireRequest(checkoutSession, options));
    }

    /** Asynchronous {@link CheckoutSessionService#retrieveByClientSecret} with the HTTP details. */
    public CompletableFuture<ApiResponse<CheckoutSession>> retrieveByClientSecret(String clientSecret) {
      return retrieveByClientSecret(clientSecret, RequestOptions.none());
    }

    /** Asynchronous {@link CheckoutSessionService#retrieveByClientSecret} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<CheckoutSession>> retrieveByClientSecret(String clientSecret, RequestOptions options) {
      return executor.executeRawAsync(CheckoutSessionService.retrieveByClientSecretRequest(clientSecret, options));
    }

    /** Asynchronous {@link CheckoutSessionService#confirm} with the HTTP details. */
    public CompletableFuture<ApiResponse<CheckoutSession>> confirm(String clientSecret, CheckoutSessionConfirmParams params) {
      return confirm(clientSecret, params, RequestOptions.none());
    }

    /** Asynchronous {@link CheckoutSessionService#confirm} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<CheckoutSession>> confirm(String clientSecret, CheckoutSessionConfirmParams params, RequestOptions options) {
      return executor.executeRawAsync(CheckoutSessionService.confirmRequest(clientSecret, params, options));
    }
  }
}
