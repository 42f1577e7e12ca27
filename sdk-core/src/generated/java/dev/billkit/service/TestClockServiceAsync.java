// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link TestClockService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().testClocks()}. Thread-safe.
 */
public final class TestClockServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public TestClockServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link TestClockService#list}. */
  public CompletableFuture<Page<TestClock>> list(TestClockListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link TestClockService#list} with per-call options. */
  public CompletableFuture<Page<TestClock>> list(TestClockListParams params, RequestOptions options) {
    return executor.executeAsync(TestClockService.listRequest(params, options));
  }

  /** Asynchronous {@link TestClockService#create}. */
  public CompletableFuture<TestClock> create(TestClockCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link TestClockService#create} with per-call options. */
  public CompletableFuture<TestClock> create(TestClockCreateParams params, RequestOptions options) {
    return executor.executeAsync(TestClockService.createRequest(params, options));
  }

  /** Asynchronous {@link TestClockService#retrieve}. */
  public CompletableFuture<TestClock> retrieve(String testClock) {
    return retrieve(testClock, RequestOptions.none());
  }

  /** Asynchronous {@link TestClockService#retrieve} with per-call options. */
  public CompletableFuture<TestClock> retrieve(String testClock, RequestOptions options) {
    return executor.executeAsync(TestClockService.retrieveRequest(testClock, options));
  }

  /** Asynchronous {@link TestClockService#delete}. */
  public CompletableFuture<DeletedObject> delete(String testClock) {
    return delete(testClock, RequestOptions.none());
  }

  /** Asynchronous {@link TestClockService#delete} with per-call options. */
  public CompletableFuture<DeletedObject> delete(String testClock, RequestOptions options) {
    return executor.executeAsync(TestClockService.deleteRequest(testClock, options));
  }

  /** Asynchronous {@link TestClockService#advance}. */
  public CompletableFuture<TestClock> advance(String testClock, TestClockAdvanceParams params) {
    return advance(testClock, params, RequestOptions.none());
  }

  /** Asynchronous {@link TestClockService#advance} with per-call options. */
  public CompletableFuture<TestClock> advance(String testClock, TestClockAdvanceParams params, RequestOptions options) {
    return executor.executeAsync(TestClockService.advanceRequest(testClock, params, options));
  }

  /**
   * {@link TestClockServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link TestClockService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<TestClock>>> list(TestClockListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link TestClockService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<TestClock>>> list(TestClockListParams params, RequestOptions options) {
      return executor.executeRawAsync(TestClockService.listRequest(params, options));
    }

    /** Asynchronous {@link TestClockService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<TestClock>> create(TestClockCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link TestClockService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<TestClock>> create(TestClockCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(TestClockService.createRequest(params, options));
    }

    /** Asynchronous {@link TestClockService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<TestClock>> retrieve(String testClock) {
      return retrieve(testClock, RequestOptions.none());
    }

    /** Asynchronous {@link TestClockService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<TestClock>> retrieve(String testClock, RequestOptions options) {
      return executor.executeRawAsync(TestClockService.retrieveRequest(testClock, options));
    }

    /** Asynchronous {@link TestClockService#delete} with the HTTP details. */
    public CompletableFuture<ApiResponse<DeletedObject>> delete(String testClock) {
      return delete(testClock, RequestOptions.none());
    }

    /** Asynchronous {@link TestClockService#delete} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<DeletedObject>> delete(String testClock, RequestOptions options) {
      return executor.executeRawAsync(TestClockService.deleteRequest(testClock, options));
    }

    /** Asynchronous {@link TestClockService#advance} with the HTTP details. */
    public CompletableFuture<ApiResponse<TestClock>> advance(String testClock, TestClockAdvanceParams params) {
      return advance(testClock, params, RequestOptions.none());
    }

    /** Asynchronous {@link TestClockService#advance} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<TestClock>> advance(String testClock, TestClockAdvanceParams params, RequestOptions options) {
      return executor.executeRawAsync(TestClockService.advanceRequest(testClock, params, options));
    }
  }
}
