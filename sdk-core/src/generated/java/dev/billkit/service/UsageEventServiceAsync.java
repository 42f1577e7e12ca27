// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link UsageEventService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().usageEvents()}. Thread-safe.
 */
public final class UsageEventServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public UsageEventServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link UsageEventService#ingest}. */
  public CompletableFuture<UsageEventIngestResult> ingest(UsageEventIngestParams params) {
    return ingest(params, RequestOptions.none());
  }

  /** Asynchronous {@link UsageEventService#ingest} with per-call options. */
  public CompletableFuture<UsageEventIngestResult> ingest(UsageEventIngestParams params, RequestOptions options) {
    return executor.executeAsync(UsageEventService.ingestRequest(params, options));
  }

  /** Asynchronous {@link UsageEventService#list}. */
  public CompletableFuture<Page<UsageEvent>> list(UsageEventListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link UsageEventService#list} with per-call options. */
  public CompletableFuture<Page<UsageEvent>> list(UsageEventListParams params, RequestOptions options) {
    return executor.executeAsync(UsageEventService.listRequest(params, options));
  }

  /**
   * {@link UsageEventServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link UsageEventService#ingest} with the HTTP details. */
    public CompletableFuture<ApiResponse<UsageEventIngestResult>> ingest(UsageEventIngestParams params) {
      return ingest(params, RequestOptions.none());
    }

    /** Asynchronous {@link UsageEventService#ingest} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<UsageEventIngestResult>> ingest(UsageEventIngestParams params, RequestOptions options) {
      return executor.executeRawAsync(UsageEventService.ingestRequest(params, options));
    }

    /** Asynchronous {@link UsageEventService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<UsageEvent>>> list(UsageEventListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link UsageEventService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<UsageEvent>>> list(UsageEventListParams params, RequestOptions options) {
      return executor.executeRawAsync(UsageEventService.listRequest(params, options));
    }
  }
}
