// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link SubscriptionService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().subscriptions()}. Thread-safe.
 */
public final class SubscriptionServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public SubscriptionServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link SubscriptionService#list}. */
  public CompletableFuture<Page<Subscription>> list(SubscriptionListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link SubscriptionService#list} with per-call options. */
  public CompletableFuture<Page<Subscription>> list(SubscriptionListParams params, RequestOptions options) {
    return executor.executeAsync(SubscriptionService.listRequest(params, options));
  }

  /** Asynchronous {@link SubscriptionService#create}. */
  public CompletableFuture<Subscription> create(SubscriptionCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link SubscriptionService#create} with per-call options. */
  public CompletableFuture<Subscription> create(SubscriptionCreateParams params, RequestOptions options) {
    return executor.executeAsync(SubscriptionService.createRequest(params, options));
  }

  /** Asynchronous {@link SubscriptionService#retrieve}. */
  public CompletableFuture<Subscription> retrieve(String subscription) {
    return retrieve(subscription, RequestOptions.none());
  }

  /** Asynchronous {@link SubscriptionService#retrieve} with per-call options. */
  public CompletableFuture<Subscription> retrieve(String subscription, RequestOptions options) {
    return executor.executeAsync(SubscriptionService.retrieveRequest(subscription, options));
  }

  /** Asynchronous {@link SubscriptionService#update}. */
  public CompletableFuture<Subscription> update(String subscription, SubscriptionUpdateParams params) {
    return update(subscription, params, RequestOptions.none());
  }

  /** Asynchronous {@link SubscriptionService#update} with per-call options. */
  public CompletableFuture<Subscription> update(String subscription, SubscriptionUpdateParams params, RequestOptions options) {
    return executor.executeAsync(SubscriptionService.updateRequest(subscription, params, options));
  }

  /** Asynchronous {@link SubscriptionService#cancel}. */
  public CompletableFuture<Subscription> cancel(String subscription, SubscriptionCancelParams params) {
    return cancel(subscription, params, RequestOptions.none());
  }

  /** Asynchronous {@link SubscriptionService#cancel} with per-call options. */
  public CompletableFuture<Subscription> cancel(String subscription, SubscriptionCancelParams params, RequestOptions options) {
    return executor.executeAsync(SubscriptionService.cancelRequest(subscription, params, options));
  }

  /** Asynchronous {@link SubscriptionService#uncancel}. */
  public CompletableFuture<Subscription> uncancel(String subscription) {
    return uncancel(subscription, RequestOptions.none());
  }

  /** Asynchronous {@link SubscriptionService#uncancel} with per-call options. */
  public CompletableFuture<Subscription> uncancel(String subscription, RequestOptions options) {
    return executor.executeAsync(SubscriptionService.uncancelRequest(subscription, options));
  }

  /** Asynchronous {@link SubscriptionService#pause}. */
  public CompletableFuture<Subscription> pause(String subscription, SubscriptionPauseParams params) {
    return pause(subscription, params, RequestOptions.none());
  }

  /** Asynchronous {@link SubscriptionService#pause} with per-call options. */
  public CompletableFuture<Subscription> pause(String subscription, SubscriptionPauseParams params, RequestOptions options) {
    return executor.executeAsync(SubscriptionService.pauseRequest(subscription, params, options));
  }

  /** Asynchronous {@link SubscriptionService#resume}. */
  public CompletableFuture<Subscription> resume(String subscription) {
    return resume(subscription, RequestOptions.none());
  }

  /** Asynchronous {@link SubscriptionService#resume} with per-call options. */
  public CompletableFuture<Subscription> resume(String subscription, RequestOptions options) {
    return executor.executeAsync(SubscriptionService.resumeRequest(subscription, options));
  }

  /**
   * {@link SubscriptionServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link SubscriptionService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<Subscription>>> list(SubscriptionListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link SubscriptionService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<Subscription>>> list(SubscriptionListParams params, RequestOptions options) {
      return executor.executeRawAsync(SubscriptionService.listRequest(params, options));
    }

    /** Asynchronous {@link SubscriptionService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<Subscription>> create(SubscriptionCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link SubscriptionService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Subscription>> create(SubscriptionCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(SubscriptionService.createRequest(params, options));
    }

    /** Asynchronous {@link SubscriptionService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<Subscription>> retrieve(String subscription) {
      return retrieve(subscription, RequestOptions.none());
    }

    /** Asynchronous {@link SubscriptionService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Subscription>> retrieve(String subscription, RequestOptions options) {
      return executor.executeRawAsync(SubscriptionService.retrieveRequest(subscription, options));
    }

    /** Asynchronous {@link SubscriptionService#update} with the HTTP details. */
    public CompletableFuture<ApiResponse<Subscription>> update(String subscription, SubscriptionUpdateParams params) {
      return update(subscription, params, RequestOptions.none());
    }

    /** Asynchronous {@link SubscriptionService#update} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Subscription>> update(String subscription, SubscriptionUpdateParams params, RequestOptions options) {
      return executor.executeRawAsync(SubscriptionService.updateRequest(subscription, params, options));
    }

    /** Asynchronous {@link SubscriptionService#cancel} with the HTTP details. */
    public CompletableFuture<ApiResponse<Subscription>> cancel(String subscription, SubscriptionCancelParams params) {
      return cancel(subscription, params, RequestOptions.none());
    }

    /** Asynchronous {@link SubscriptionService#cancel} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Subscription>> cancel(String subscription, SubscriptionCancelParams params, RequestOptions options) {
      return executor.executeRawAsync(SubscriptionService.cancelRequest(subscription, params, options));
    }

    /** Asynchronous {@link SubscriptionService#uncancel} with the HTTP details. */
    public CompletableFuture<ApiResponse<Subscription>> uncancel(String subscription) {
      return uncancel(subscription, RequestOptions.none());
    }

    /** Asynchronous {@link SubscriptionService#uncancel} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Subscription>> uncancel(String subscription, RequestOptions options) {
      return executor.executeRawAsync(SubscriptionService.uncancelRequest(subscription, options));
    }

    /** Asynchronous {@link SubscriptionService#pause} with the HTTP details. */
    public CompletableFuture<ApiResponse<Subscription>> pause(String subscription, SubscriptionPauseParams params) {
      return pause(subscription, params, RequestOptions.none());
    }

    /** Asynchronous {@link SubscriptionService#pause} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Subscription>> pause(String subscription, SubscriptionPauseParams params, RequestOptions options) {
      return executor.executeRawAsync(SubscriptionService.pauseRequest(subscription, params, options));
    }

    /** Asynchronous {@link SubscriptionService#resume} with the HTTP details. */
    public CompletableFuture<ApiResponse<Subscription>> resume(String subscription) {
      return resume(subscription, RequestOptions.none());
    }

    /** Asynchronous {@link SubscriptionService#resume} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Subscription>> resume(String subscription, RequestOptions options) {
      return executor.executeRawAsync(SubscriptionService.resumeRequest(subscription, options));
    }
  }
}
