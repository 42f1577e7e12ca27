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
 * Batch ingestion of usage, deduplicated by your {@code external_id}.
 *
 * <p>Get it from {@code client.usageEvents()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class UsageEventService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public UsageEventService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Ingest usage events.
   *
   * <p>Stores a batch of up to 1000 usage events. The batch is all or nothing: any invalid
   * event (unknown customer, both or neither customer fields, a timestamp in the future or
   * more than 35 days ago) rejects the whole batch with every problem listed in {@code
   * errors[]}. Events whose {@code external_id} was seen before are counted in {@code
   * duplicates} and not stored again.
   */
  public UsageEventIngestResult ingest(UsageEventIngestParams params) {
    return ingest(params, RequestOptions.none());
  }

  /** {@link #ingest} with per-call options (idempotency key, retries, timeouts). */
  public UsageEventIngestResult ingest(UsageEventIngestParams params, RequestOptions options) {
    return executor.execute(ingestRequest(params, options));
  }

  /**
   * List usage events.
   *
   * <p>Lists usage events, newest ingested first.
   */
  public Page<UsageEvent> list(UsageEventListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<UsageEvent> list(UsageEventListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  static ApiRequest<UsageEventIngestResult> ingestRequest(UsageEventIngestParams params, RequestOptions options) {
    ApiRequest.Builder<UsageEventIngestResult> b =
        ApiRequest.builder(Method.POST, "/v1/usage_events/ingest", UsageEventIngestResult.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Page<UsageEvent>> listRequest(UsageEventListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<UsageEvent>> b =
        ApiRequest.listBuilder("/v1/usage_events", UsageEvent.class, UsageEvent::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("customer", params.customer().orElse(null));
      b.query("external_customer_id", params.externalCustomerId().orElse(null));
      b.query("name", params.name().orElse(null));
    }
    return b.options(options).build();
  }

  /** {@link UsageEventService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link UsageEventService#ingest} with the HTTP details. */
    public ApiResponse<UsageEventIngestResult> ingest(UsageEventIngestParams params) {
      return ingest(params, RequestOptions.none());
    }

    /** {@link UsageEventService#ingest} with the HTTP details and per-call options. */
    public ApiResponse<UsageEventIngestResult> ingest(UsageEventIngestParams params, RequestOptions options) {
      return executor.executeRaw(ingestRequest(params, options));
    }

    /** {@link UsageEventService#list} with the HTTP details. */
    public ApiResponse<Page<UsageEvent>> list(UsageEventListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link UsageEventService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<UsageEvent>> list(UsageEventListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }
  }
}
