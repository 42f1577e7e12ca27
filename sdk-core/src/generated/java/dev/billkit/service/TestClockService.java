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
 * Frozen time for test customers; advance it to run a year of renewals in one call.
 *
 * <p>Get it from {@code client.testClocks()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class TestClockService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public TestClockService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List test clocks.
   *
   * <p>Lists test clocks, newest first.
   */
  public Page<TestClock> list(TestClockListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<TestClock> list(TestClockListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a test clock.
   *
   * <p>Creates a {@code ready} test clock at {@code frozen_time}. Attach customers to it at
   * their creation.
   */
  public TestClock create(TestClockCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public TestClock create(TestClockCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a test clock.
   *
   * <p>Retrieves a test clock.
   */
  public TestClock retrieve(String testClock) {
    return retrieve(testClock, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public TestClock retrieve(String testClock, RequestOptions options) {
    return executor.execute(retrieveRequest(testClock, options));
  }

  /**
   * Delete a test clock.
   *
   * <p>Deletes a test clock and every customer attached to it (with their subscriptions, as
   * deleting the customers would).
   */
  public DeletedObject delete(String testClock) {
    return delete(testClock, RequestOptions.none());
  }

  /** {@link #delete} with per-call options (idempotency key, retries, timeouts). */
  public DeletedObject delete(String testClock, RequestOptions options) {
    return executor.execute(deleteRequest(testClock, options));
  }

  /**
   * Advance a test clock.
   *
   * <p>Moves a {@code ready} clock (else 400 {@code invalid_state_transition}) forward to
   * {@code frozen_time}, at most two years ahead. It emits {@code
   * test_helpers.test_clock.advancing}, runs every due transition of its customers in time
   * order (trial warnings and conversions, renewals with metered usage, dunning retries and
   * their outcome, scheduled cancellations and pauses, checkout and authorization expiry,
   * pending refunds, webhook retries), each event dated at its own moment, then emits {@code
   * test_helpers.test_clock.ready}. The call answers when the advance is done, with status
   * {@code ready}.
   */
  public TestClock advance(String testClock, TestClockAdvanceParams params) {
    return advance(testClock, params, RequestOptions.none());
  }

  /** {@link #advance} with per-call options (idempotency key, retries, timeouts). */
  public TestClock advance(String testClock, TestClockAdvanceParams params, RequestOptions options) {
    return executor.execute(advanceRequest(testClock, params, options));
  }

  static ApiRequest<Page<TestClock>> listRequest(TestClockListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<TestClock>> b =
        ApiRequest.listBuilder("/v1/test_helpers/test_clocks", TestClock.class, TestClock::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<TestClock> createRequest(TestClockCreateParams params, RequestOptions options) {
    ApiRequest.Builder<TestClock> b =
        ApiRequest.builder(Method.POST, "/v1/test_helpers/test_clocks", TestClock.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<TestClock> retrieveRequest(String testClock, RequestOptions options) {
    ApiRequest.Builder<TestClock> b =
        ApiRequest.builder(Method.GET, "/v1/test_helpers/test_clocks/{test_clock}", TestClock.class);
    b.pathParam("test_clock", testClock);
    return b.options(options).build();
  }

  static ApiRequest<DeletedObject> deleteRequest(String testClock, RequestOptions options) {
    ApiRequest.Builder<DeletedObject> b =
        ApiRequest.builder(Method.DELETE, "/v1/test_helpers/test_clocks/{test_clock}", DeletedObject.class);
    b.pathParam("test_clock", testClock);
    return b.options(options).build();
  }

  static ApiRequest<TestClock> advanceRequest(String testClock, TestClockAdvanceParams params, RequestOptions options) {
    ApiRequest.Builder<TestClock> b =
        ApiRequest.builder(Method.POST, "/v1/test_helpers/test_clocks/{test_clock}/advance", TestClock.class);
    b.pathParam("test_clock", testClock);
    b.body(params);
    return b.options(options).build();
  }

  /** {@link TestClockService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link TestClockService#list} with the HTTP details. */
    public ApiResponse<Page<TestClock>> list(TestClockListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link TestClockService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<TestClock>> list(TestClockListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link TestClockService#create} with the HTTP details. */
    public ApiResponse<TestClock> create(TestClockCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link TestClockService#create} with the HTTP details and per-call options. */
    public ApiResponse<TestClock> create(TestClockCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link TestClockService#retrieve} with the HTTP details. */
    public ApiResponse<TestClock> retrieve(String testClock) {
      return retrieve(testClock, RequestOptions.none());
    }

    /** {@link TestClockService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<TestClock> retrieve(String testClock, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(testClock, options));
    }

    /** {@link TestClockService#delete} with the HTTP details. */
    public ApiResponse<DeletedObject> delete(String testClock) {
      return delete(testClock, RequestOptions.none());
    }

    /** {@link TestClockService#delete} with the HTTP details and per-call options. */
    public ApiResponse<DeletedObject> delete(String testClock, RequestOptions options) {
      return executor.executeRaw(deleteRequest(testClock, options));
    }

    /** {@link TestClockService#advance} with the HTTP details. */
    public ApiResponse<TestClock> advance(String testClock, TestClockAdvanceParams params) {
      return advance(testClock, params, RequestOptions.none());
    }

    /** {@link TestClockService#advance} with the HTTP details and per-call options. */
    public ApiResponse<TestClock> advance(String testClock, TestClockAdvanceParams params, RequestOptions options) {
      return executor.executeRaw(advanceRequest(testClock, params, options));
    }
  }
}
