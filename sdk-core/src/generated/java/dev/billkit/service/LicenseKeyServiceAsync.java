// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link LicenseKeyService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().licenseKeys()}. Thread-safe.
 */
public final class LicenseKeyServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public LicenseKeyServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link LicenseKeyService#list}. */
  public CompletableFuture<Page<LicenseKey>> list(LicenseKeyListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link LicenseKeyService#list} with per-call options. */
  public CompletableFuture<Page<LicenseKey>> list(LicenseKeyListParams params, RequestOptions options) {
    return executor.executeAsync(LicenseKeyService.listRequest(params, options));
  }

  /** Asynchronous {@link LicenseKeyService#retrieve}. */
  public CompletableFuture<LicenseKey> retrieve(String licenseKey) {
    return retrieve(licenseKey, RequestOptions.none());
  }

  /** Asynchronous {@link LicenseKeyService#retrieve} with per-call options. */
  public CompletableFuture<LicenseKey> retrieve(String licenseKey, RequestOptions options) {
    return executor.executeAsync(LicenseKeyService.retrieveRequest(licenseKey, options));
  }

  /** Asynchronous {@link LicenseKeyService#update}. */
  public CompletableFuture<LicenseKey> update(String licenseKey, LicenseKeyUpdateParams params) {
    return update(licenseKey, params, RequestOptions.none());
  }

  /** Asynchronous {@link LicenseKeyService#update} with per-call options. */
  public CompletableFuture<LicenseKey> update(String licenseKey, LicenseKeyUpdateParams params, RequestOptions options) {
    return executor.executeAsync(LicenseKeyService.updateRequest(licenseKey, params, options));
  }

  /** Asynchronous {@link LicenseKeyService#validate}. */
  public CompletableFuture<ValidatedLicenseKey> validate(LicenseKeyValidateParams params) {
    return validate(params, RequestOptions.none());
  }

  /** Asynchronous {@link LicenseKeyService#validate} with per-call options. */
  public CompletableFuture<ValidatedLicenseKey> validate(LicenseKeyValidateParams params, RequestOptions options) {
    return executor.executeAsync(LicenseKeyService.validateRequest(params, options));
  }

  /** Asynchronous {@link LicenseKeyService#activate}. */
  public CompletableFuture<LicenseKeyActivation> activate(LicenseKeyActivateParams params) {
    return activate(params, RequestOptions.none());
  }

  /** Asynchronous {@link LicenseKeyService#activate} with per-call options. */
  public CompletableFuture<LicenseKeyActivation> activate(LicenseKeyActivateParams params, RequestOptions options) {
    return executor.executeAsync(LicenseKeyService.activateRequest(params, options));
  }

  /** Asynchronous {@link LicenseKeyService#deactivate}. */
  public CompletableFuture<LicenseKey> deactivate(LicenseKeyDeactivateParams params) {
    return deactivate(params, RequestOptions.none());
  }

  /** Asynchronous {@link LicenseKeyService#deactivate} with per-call options. */
  public CompletableFuture<LicenseKey> deactivate(LicenseKeyDeactivateParams params, RequestOptions options) {
    return executor.executeAsync(LicenseKeyService.deactivateRequest(params, options));
  }

  /**
   * {@link LicenseKeyServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link LicenseKeyService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<LicenseKey>>> list(LicenseKeyListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link LicenseKeyService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<LicenseKey>>> list(LicenseKeyListParams params, RequestOptions options) {
      return executor.executeRawAsync(LicenseKeyService.listRequest(params, options));
    }

    /** Asynchronous {@link LicenseKeyService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<LicenseKey>> retrieve(String licenseKey) {
      return retrieve(licenseKey, RequestOptions.none());
    }

    /** Asynchronous {@link LicenseKeyService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<LicenseKey>> retrieve(String licenseKey, RequestOptions options) {
      return executor.executeRawAsync(LicenseKeyService.retrieveRequest(licenseKey, options));
    }

    /** Asynchronous {@link LicenseKeyService#update} with the HTTP details. */
    public CompletableFuture<ApiResponse<LicenseKey>> update(String licenseKey, LicenseKeyUpdateParams params) {
      return update(licenseKey, params, RequestOptions.none());
    }

    /** Asynchronous {@link LicenseKeyService#update} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<LicenseKey>> update(String licenseKey, LicenseKeyUpdateParams params, RequestOptions options) {
      return executor.executeRawAsync(LicenseKeyService.updateRequest(licenseKey, params, options));
    }

    /** Asynchronous {@link LicenseKeyService#validate} with the HTTP details. */
    public CompletableFuture<ApiResponse<ValidatedLicenseKey>> validate(LicenseKeyValidateParams params) {
      return validate(params, RequestOptions.none());
    }

    /** Asynchronous {@link LicenseKeyService#validate} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<ValidatedLicenseKey>> validate(LicenseKeyValidateParams params, RequestOptions options) {
      return executor.executeRawAsync(LicenseKeyService.validateRequest(params, options));
    }

    /** Asynchronous {@link LicenseKeyService#activate} with the HTTP details. */
    public CompletableFuture<ApiResponse<LicenseKeyActivation>> activate(LicenseKeyActivateParams params) {
      return activate(params, RequestOptions.none());
    }

    /** Asynchronous {@link LicenseKeyService#activate} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<LicenseKeyActivation>> activate(LicenseKeyActivateParams params, RequestOptions options) {
      return executor.executeRawAsync(LicenseKeyService.activateRequest(params, options));
    }

    /** Asynchronous {@link LicenseKeyService#deactivate} with the HTTP details. */
    public CompletableFuture<ApiResponse<LicenseKey>> deactivate(LicenseKeyDeactivateParams params) {
      return deactivate(params, RequestOptions.none());
    }

    /** Asynchronous {@link LicenseKeyService#deactivate} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<LicenseKey>> deactivate(LicenseKeyDeactivateParams params, RequestOptions options) {
      return executor.executeRawAsync(LicenseKeyService.deactivateRequest(params, options));
    }
  }
}
