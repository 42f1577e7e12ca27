// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link EventService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().events()}. Thread-safe.
 */
public final class EventServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public EventServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link EventService#list}. */
  public CompletableFuture<Page<Event>> list(EventListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link EventService#list} with per-call options. */
  public CompletableFuture<Page<Event>> list(EventListParams params, RequestOptions options) {
    return executor.executeAsync(EventService.listRequest(params, options));
  }

  /** Asynchronous {@link EventService#retrieve}. */
  public CompletableFuture<Event> retrieve(String event) {
    return retrieve(event, RequestOptions.none());
  }

  /** Asynchronous {@link EventService#retrieve} with per-call options. */
  public CompletableFuture<Event> retrieve(String event, RequestOptions options) {
    return executor.executeAsync(EventService.retrieveRequest(event, options));
  }

  /** Asynchronous {@link EventService#redeliver}. */
  public CompletableFuture<Event> redeliver(String event, EventRedeliverParams params) {
    return redeliver(event, params, RequestOptions.none());
  }

  /** Asynchronous {@link EventService#redeliver} with per-call options. */
  public CompletableFuture<Event> redeliver(String event, EventRedeliverParams params, RequestOptions options) {
    return executor.executeAsync(EventService.redeliverRequest(event, params, options));
  }

  /**
   * {@link EventServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link EventService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<Event>>> list(EventListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link EventService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<Event>>> list(EventListParams params, RequestOptions options) {
      return executor.executeRawAsync(EventService.listRequest(params, options));
    }

    /** Asynchronous {@link EventService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<Event>> retrieve(String event) {
      return retrieve(event, RequestOptions.none());
    }

    /** Asynchronous {@link EventService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Event>> retrieve(String event, RequestOptions options) {
      return executor.executeRawAsync(EventService.retrieveRequest(event, options));
    }

    /** Asynchronous {@link EventService#redeliver} with the HTTP details. */
    public CompletableFuture<ApiResponse<Event>> redeliver(String event, EventRedeliverParams params) {
      return redeliver(event, params, RequestOptions.none());
    }

    /** Asynchronous {@link EventService#redeliver} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Event>> redeliver(String event, EventRedeliverParams params, RequestOptions options) {
      return executor.executeRawAsync(EventService.redeliverRequest(event, params, options));
    }
  }
}
