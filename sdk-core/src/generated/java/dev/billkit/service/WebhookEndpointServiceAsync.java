// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link WebhookEndpointService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().webhookEndpoints()}. Thread-safe.
 */
public final class WebhookEndpointServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public WebhookEndpointServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link WebhookEndpointService#list}. */
  public CompletableFuture<Page<WebhookEndpoint>> list(WebhookEndpointListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link WebhookEndpointService#list} with per-call options. */
  public CompletableFuture<Page<WebhookEndpoint>> list(WebhookEndpointListParams params, RequestOptions options) {
    return executor.executeAsync(WebhookEndpointService.listRequest(params, options));
  }

  /** Asynchronous {@link WebhookEndpointService#create}. */
  public CompletableFuture<WebhookEndpoint> create(WebhookEndpointCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link WebhookEndpointService#create} with per-call options. */
  public CompletableFuture<WebhookEndpoint> create(WebhookEndpointCreateParams params, RequestOptions options) {
    return executor.executeAsync(WebhookEndpointService.createRequest(params, options));
  }

  /** Asynchronous {@link WebhookEndpointService#retrieve}. */
  public CompletableFuture<WebhookEndpoint> retrieve(String webhookEndpoint) {
    return retrieve(webhookEndpoint, RequestOptions.none());
  }

  /** Asynchronous {@link WebhookEndpointService#retrieve} with per-call options. */
  public CompletableFuture<WebhookEndpoint> retrieve(String webhookEndpoint, RequestOptions options) {
    return executor.executeAsync(WebhookEndpointService.retrieveRequest(webhookEndpoint, options));
  }

  /** Asynchronous {@link WebhookEndpointService#update}. */
  public CompletableFuture<WebhookEndpoint> update(String webhookEndpoint, WebhookEndpointUpdateParams params) {
    return update(webhookEndpoint, params, RequestOptions.none());
  }

  /** Asynchronous {@link WebhookEndpointService#update} with per-call options. */
  public CompletableFuture<WebhookEndpoint> update(String webhookEndpoint, WebhookEndpointUpdateParams params, RequestOptions options) {
    return executor.executeAsync(WebhookEndpointService.updateRequest(webhookEndpoint, params, options));
  }

  /** Asynchronous {@link WebhookEndpointService#delete}. */
  public CompletableFuture<DeletedObject> delete(String webhookEndpoint) {
    return delete(webhookEndpoint, RequestOptions.none());
  }

  /** Asynchronous {@link WebhookEndpointService#delete} with per-call options. */
  public CompletableFuture<DeletedObject> delete(String webhookEndpoint, RequestOptions options) {
    return executor.executeAsync(WebhookEndpointService.deleteRequest(webhookEndpoint, options));
  }

  /** Asynchronous {@link WebhookEndpointService#rotateSecret}. */
  public CompletableFuture<WebhookEndpoint> rotateSecret(String webhookEndpoint, WebhookEndpointRotateSecretParams params) {
    return rotateSecret(webhookEndpoint, params, RequestOptions.none());
  }

  /** Asynchronous {@link WebhookEndpointService#rotateSecret} with per-call options. */
  public CompletableFuture<WebhookEndpoint> rotateSecret(String webhookEndpoint, WebhookEndpointRotateSecretParams params, RequestOptions options) {
    return executor.executeAsync(WebhookEndpointService.rotateSecretRequest(webhookEndpoint, params, options));
  }

  /** Asynchronous {@link WebhookEndpointService#listDeliveries}. */
  public CompletableFuture<Page<WebhookDelivery>> listDeliveries(String webhookEndpoint, WebhookEndpointListDeliveriesParams params) {
    return listDeliveries(webhookEndpoint, params, RequestOptions.none());
  }

  /** Asynchronous {@link WebhookEndpointService#listDeliveries} with per-call options. */
  public CompletableFuture<Page<WebhookDelivery>> listDeliveries(String webhookEndpoint, WebhookEndpointListDeliveriesParams params, RequestOptions options) {
    return executor.executeAsync(WebhookEndpointService.listDeliveriesRequest(webhookEndpoint, params, options));
  }

  /**
   * {@link WebhookEndpointServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link WebhookEndpointService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<WebhookEndpoint>>> list(WebhookEndpointListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link WebhookEndpointService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<WebhookEndpoint>>> list(WebhookEndpointListParams params, RequestOptions options) {
      return executor.executeRawAsync(WebhookEndpointService.listRequest(params, options));
    }

    /** Asynchronous {@link WebhookEndpointService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<WebhookEndpoint>> create(WebhookEndpointCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link WebhookEndpointService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<WebhookEndpoint>> create(WebhookEndpointCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(WebhookEndpointService.createRequest(params, options));
    }

    /** Asynchronous {@link WebhookEndpointService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<WebhookEndpoint>> retrieve(String webhookEndpoint) {
      return retrieve(webhookEndpoint, RequestOptions.none());
    }

    /** Asynchronous {@link WebhookEndpointService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<WebhookEndpoint>> retrieve(String webhookEndpoint, RequestOptions options) {
      return executor.executeRawAsync(WebhookEndpointService.retrieveRequest(webhookEndpoint, options));
    }

    /** Asynchronous {@link WebhookEndpointService#update} with the HTTP details. */
    public CompletableFuture<ApiResponse<WebhookEndpoint>> update(String webhookEndpoint, WebhookEndpointUpdateParams params) {
      return update(webhookEndpoint, params, RequestOptions.none());
    }

    /** Asynchronous {@link WebhookEndpointService#update} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<WebhookEndpoint>> update(String webhookEndpoint, WebhookEndpointUpdateParams params, RequestOptions options) {
      return executor.executeRawAsync(WebhookEndpointService.updateRequest(webhookEndpoint, params, options));
    }

    /** Asynchronous {@link WebhookEndpointService#delete} with the HTTP details. */
    public CompletableFuture<ApiResponse<DeletedObject>> delete(String webhookEndpoint) {
      return delete(webhookEndpoint, RequestOptions.none());
    }

    /** Asynchronous {@link WebhookEndpointService#delete} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<DeletedObject>> delete(String webhookEndpoint, RequestOptions options) {
      return executor.executeRawAsync(WebhookEndpointService.deleteRequest(webhookEndpoint, options));
    }

    /** Asynchronous {@link WebhookEndpointService#rotateSecret} with the HTTP details. */
    public CompletableFuture<ApiResponse<WebhookEndpoint>> rotateSecret(String webhookEndpoint, WebhookEndpointRotateSecretParams params) {
      return rotateSecret(webhookEndpoint, params, RequestOptions.none());
    }

    /** Asynchronous {@link WebhookEndpointService#rotateSecret} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<WebhookEndpoint>> rotateSecret(String webhookEndpoint, WebhookEndpointRotateSecretParams params, RequestOptions options) {
      return executor.executeRawAsync(WebhookEndpointService.rotateSecretRequest(webhookEndpoint, params, options));
    }

    /** Asynchronous {@link WebhookEndpointService#listDeliveries} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<WebhookDelivery>>> listDeliveries(String webhookEndpoint, WebhookEndpointListDeliveriesParams params) {
      return listDeliveries(webhookEndpoint, params, RequestOptions.none());
    }

    /** Asynchronous {@link WebhookEndpointService#listDeliveries} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<WebhookDelivery>>> listDeliveries(String webhookEndpoint, WebhookEndpointListDeliveriesParams params, RequestOptions options) {
      return executor.executeRawAsync(WebhookEndpointService.listDeliveriesRequest(webhookEndpoint, params, options));
    }
  }
}
