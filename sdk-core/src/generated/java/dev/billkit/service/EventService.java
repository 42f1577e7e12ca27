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
 * Everything that happened in the account, listable, retrievable and redeliverable.
 *
 * <p>Get it from {@code client.events()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class EventService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public EventService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List events.
   *
   * <p>Lists the account's events, newest first. Events are kept for 30 days.
   */
  public Page<Event> list(EventListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<Event> list(EventListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Retrieve an event.
   *
   * <p>Retrieves an event with the full object as it was when the event happened.
   */
  public Event retrieve(String event) {
    return retrieve(event, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public Event retrieve(String event, RequestOptions options) {
    return executor.execute(retrieveRequest(event, options));
  }

  /**
   * Redeliver an event.
   *
   * <p>Queues the event for delivery again, with the same {@code webhook-id}, to one endpoint
   * or to every enabled endpoint subscribed to its type. A disabled endpoint is 400 {@code
   * invalid_state_transition}.
   */
  public Event redeliver(String event, EventRedeliverParams params) {
    return redeliver(event, params, RequestOptions.none());
  }

  /** {@link #redeliver} with per-call options (idempotency key, retries, timeouts). */
  public Event redeliver(String event, EventRedeliverParams params, RequestOptions options) {
    return executor.execute(redeliverRequest(event, params, options));
  }

  static ApiRequest<Page<Event>> listRequest(EventListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<Event>> b =
        ApiRequest.listBuilder("/v1/events", Event.class, Event::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("type", params.type().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<Event> retrieveRequest(String event, RequestOptions options) {
    ApiRequest.Builder<Event> b =
        ApiRequest.builder(Method.GET, "/v1/events/{event}", Event.class);
    b.pathParam("event", event);
    return b.options(options).build();
  }

  static ApiRequest<Event> redeliverRequest(String event, EventRedeliverParams params, RequestOptions options) {
    ApiRequest.Builder<Event> b =
        ApiRequest.builder(Method.POST, "/v1/events/{event}/redeliver", Event.class);
    b.pathParam("event", event);
    b.body(params);
    return b.options(options).build();
  }

  /** {@link EventService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link EventService#list} with the HTTP details. */
    public ApiResponse<Page<Event>> list(EventListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link EventService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<Event>> list(EventListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link EventService#retrieve} with the HTTP details. */
    public ApiResponse<Event> retrieve(String event) {
      return retrieve(event, RequestOptions.none());
    }

    /** {@link EventService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<Event> retrieve(String event, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(event, options));
    }

    /** {@link EventService#redeliver} with the HTTP details. */
    public ApiResponse<Event> redeliver(String event, EventRedeliverParams params) {
      return redeliver(event, params, RequestOptions.none());
    }

    /** {@link EventService#redeliver} with the HTTP details and per-call options. */
    public ApiResponse<Event> redeliver(String event, EventRedeliverParams params, RequestOptions options) {
      return executor.executeRaw(redeliverRequest(event, params, options));
    }
  }
}
