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
 * Receivers of signed events, with secret rotation and a delivery log.
 *
 * <p>Get it from {@code client.webhookEndpoints()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class WebhookEndpointService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public WebhookEndpointService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List webhook endpoints.
   *
   * <p>Lists webhook endpoints, newest first (without secrets).
   */
  public Page<WebhookEndpoint> list(WebhookEndpointListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<WebhookEndpoint> list(WebhookEndpointListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a webhook endpoint.
   *
   * <p>Creates an {@code enabled} endpoint and returns its signing {@code secret} (the only
   * time besides rotate_secret). Every later event of the account whose type is in {@code
   * enabled_events} is delivered to it.
   */
  public WebhookEndpoint create(WebhookEndpointCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public WebhookEndpoint create(WebhookEndpointCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a webhook endpoint.
   *
   * <p>Retrieves a webhook endpoint (without its secret).
   */
  public WebhookEndpoint retrieve(String webhookEndpoint) {
    return retrieve(webhookEndpoint, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public WebhookEndpoint retrieve(String webhookEndpoint, RequestOptions options) {
    return executor.execute(retrieveRequest(webhookEndpoint, options));
  }

  /**
   * Update a webhook endpoint.
   *
   * <p>Changes the URL, events, description or status. Enabling a disabled endpoint clears
   * {@code disabled_reason} and its failure count; deliveries missed while disabled are not
   * replayed (use redeliver).
   */
  public WebhookEndpoint update(String webhookEndpoint, WebhookEndpointUpdateParams params) {
    return update(webhookEndpoint, params, RequestOptions.none());
  }

  /** {@link #update} with per-call options (idempotency key, retries, timeouts). */
  public WebhookEndpoint update(String webhookEndpoint, WebhookEndpointUpdateParams params, RequestOptions options) {
    return executor.execute(updateRequest(webhookEndpoint, params, options));
  }

  /**
   * Delete a webhook endpoint.
   *
   * <p>Deletes an endpoint; pending retries to it are dropped.
   */
  public DeletedObject delete(String webhookEndpoint) {
    return delete(webhookEndpoint, RequestOptions.none());
  }

  /** {@link #delete} with per-call options (idempotency key, retries, timeouts). */
  public DeletedObject delete(String webhookEndpoint, RequestOptions options) {
    return executor.execute(deleteRequest(webhookEndpoint, options));
  }

  /**
   * Rotate a webhook signing secret.
   *
   * <p>Issues a new signing secret and returns it. Until {@code expire_previous_after_seconds}
   * pass (24 hours by default) every delivery carries two {@code v1} signatures, one per
   * secret, so receivers can switch without losing events.
   */
  public WebhookEndpoint rotateSecret(String webhookEndpoint, WebhookEndpointRotateSecretParams params) {
    return rotateSecret(webhookEndpoint, params, RequestOptions.none());
  }

  /** {@link #rotateSecret} with per-call options (idempotency key, retries, timeouts). */
  public WebhookEndpoint rotateSecret(String webhookEndpoint, WebhookEndpointRotateSecretParams params, RequestOptions options) {
    return executor.execute(rotateSecretRequest(webhookEndpoint, params, options));
  }

  /**
   * List an endpoint's deliveries.
   *
   * <p>Lists every delivery attempt to the endpoint, newest first, with its status, response
   * code and latency. Failed deliveries are retried with exponential backoff by the account's
   * clock, up to 10 attempts; after 10 consecutive failures (or a 410) the endpoint is
   * disabled.
   */
  public Page<WebhookDelivery> listDeliveries(String webhookEndpoint, WebhookEndpointListDeliveriesParams params) {
    return listDeliveries(webhookEndpoint, params, RequestOptions.none());
  }

  /** {@link #listDeliveries} with per-call options (idempotency key, retries, timeouts). */
  public Page<WebhookDelivery> listDeliveries(String webhookEndpoint, WebhookEndpointListDeliveriesParams params, RequestOptions options) {
    return executor.execute(listDeliveriesRequest(webhookEndpoint, params, options));
  }

  static ApiRequest<Page<WebhookEndpoint>> listRequest(WebhookEndpointListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<WebhookEndpoint>> b =
        ApiRequest.listBuilder("/v1/webhook_endpoints", WebhookEndpoint.class, WebhookEndpoint::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("status", params.statusValue().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<WebhookEndpoint> createRequest(WebhookEndpointCreateParams params, RequestOptions options) {
    ApiRequest.Builder<WebhookEndpoint> b =
        ApiRequest.builder(Method.POST, "/v1/webhook_endpoints", WebhookEndpoint.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<WebhookEndpoint> retrieveRequest(String webhookEndpoint, RequestOptions options) {
    ApiRequest.Builder<WebhookEndpoint> b =
        ApiRequest.builder(Method.GET, "/v1/webhook_endpoints/{webhook_endpoint}", WebhookEndpoint.class);
    b.pathParam("webhook_endpoint", webhookEndpoint);
    return b.options(options).build();
  }

  static ApiRequest<WebhookEndpoint> updateRequest(String webhookEndpoint, WebhookEndpointUpdateParams params, RequestOptions options) {
    ApiRequest.Builder<WebhookEndpoint> b =
        ApiRequest.builder(Method.POST, "/v1/webhook_endpoints/{webhook_endpoint}", WebhookEndpoint.class);
    b.pathParam("webhook_endpoint", webhookEndpoint);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<DeletedObject> deleteRequest(String webhookEndpoint, RequestOptions options) {
    ApiRequest.Builder<DeletedObject> b =
        ApiRequest.builder(Method.DELETE, "/v1/webhook_endpoints/{webhook_endpoint}", DeletedObject.class);
    b.pathParam("webhook_endpoint", webhookEndpoint);
    return b.options(options).build();
  }

  static ApiRequest<WebhookEndpoint> rotateSecretRequest(String webhookEndpoint, WebhookEndpointRotateSecretParams params, RequestOptions options) {
    ApiRequest.Builder<WebhookEndpoint> b =
        ApiRequest.builder(Method.POST, "/v1/webhook_endpoints/{webhook_endpoint}/rotate_secret", WebhookEndpoint.class);
    b.pathParam("webhook_endpoint", webhookEndpoint);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Page<WebhookDelivery>> listDeliveriesRequest(String webhookEndpoint, WebhookEndpointListDeliveriesParams params, RequestOptions options) {
    ApiRequest.Builder<Page<WebhookDelivery>> b =
        ApiRequest.listBuilder("/v1/webhook_endpoints/{webhook_endpoint}/deliveries", WebhookDelivery.class, WebhookDelivery::id);
    b.pathParam("webhook_endpoint", webhookEndpoint);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("event", params.event().orElse(null));
      b.query("status", params.statusValue().orElse(null));
    }
    return b.options(options).build();
  }

  /** {@link WebhookEndpointService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link WebhookEndpointService#list} with the HTTP details. */
    public ApiResponse<Page<WebhookEndpoint>> list(WebhookEndpointListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link WebhookEndpointService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<WebhookEndpoint>> list(WebhookEndpointListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link WebhookEndpointService#create} with the HTTP details. */
    public ApiResponse<WebhookEndpoint> create(WebhookEndpointCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link WebhookEndpointService#create} with the HTTP details and per-call options. */
    public ApiResponse<WebhookEndpoint> create(WebhookEndpointCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link WebhookEndpointService#retrieve} with the HTTP details. */
    public ApiResponse<WebhookEndpoint> retrieve(String webhookEndpoint) {
      return retrieve(webhookEndpoint, RequestOptions.none());
    }

    /** {@link WebhookEndpointService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<WebhookEndpoint> retrieve(String webhookEndpoint, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(webhookEndpoint, options));
    }

    /** {@link WebhookEndpointService#update} with the HTTP details. */
    public ApiResponse<WebhookEndpoint> update(String webhookEndpoint, WebhookEndpointUpdateParams params) {
      return update(webhookEndpoint, params, RequestOptions.none());
    }

    /** {@link WebhookEndpointService#update} with the HTTP details and per-call options. */
    public ApiResponse<WebhookEndpoint> update(String webhookEndpoint, WebhookEndpointUpdateParams params, RequestOptions options) {
      return executor.executeRaw(updateRequest(webhookEndpoint, params, options));
    }

    /** {@link WebhookEndpointService#delete} with the HTTP details. */
    public ApiResponse<DeletedObject> delete(String webhookEndpoint) {
      return delete(webhookEndpoint, RequestOptions.none());
    }

    /** {@link WebhookEndpointService#delete} with the HTTP details and per-call options. */
    public ApiResponse<DeletedObject> delete(String webhookEndpoint, RequestOptions options) {
      return executor.executeRaw(deleteRequest(webhookEndpoint, options));
    }

    /** {@link WebhookEndpointService#rotateSecret} with the HTTP details. */
    public ApiResponse<WebhookEndpoint> rotateSecret(String webhookEndpoint, WebhookEndpointRotateSecretParams params) {
      return rotateSecret(webhookEndpoint, params, RequestOptions.none());
    }

    /** {@link WebhookEndpointService#rotateSecret} with the HTTP details and per-call options. */
    public ApiResponse<WebhookEndpoint> rotateSecret(String webhookEndpoint, WebhookEndpointRotateSecretParams params, RequestOptions options) {
      return executor.executeRaw(rotateSecretRequest(webhookEndpoint, params, options));
    }

    /** {@link WebhookEndpointService#listDeliveries} with the HTTP details. */
    public ApiResponse<Page<WebhookDelivery>> listDeliveries(String webhookEndpoint, WebhookEndpointListDeliveriesParams params) {
      return listDeliveries(webhookEndpoint, params, RequestOptions.none());
    }

    /** {@link WebhookEndpointService#listDeliveries} with the HTTP details and per-call options. */
    public ApiResponse<Page<WebhookDelivery>> listDeliveries(String webhookEndpoint, WebhookEndpointListDeliveriesParams params, RequestOptions options) {
      return executor.executeRaw(listDeliveriesRequest(webhookEndpoint, params, options));
    }
  }
}
