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
 * Keys issued by license-key benefits, validated and activated from your app.
 *
 * <p>Get it from {@code client.licenseKeys()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class LicenseKeyService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public LicenseKeyService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List license keys.
   *
   * <p>Lists license keys, newest first.
   */
  public Page<LicenseKey> list(LicenseKeyListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<LicenseKey> list(LicenseKeyListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Retrieve a license key.
   *
   * <p>Retrieves a license key with its activations.
   */
  public LicenseKey retrieve(String licenseKey) {
    return retrieve(licenseKey, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public LicenseKey retrieve(String licenseKey, RequestOptions options) {
    return executor.execute(retrieveRequest(licenseKey, options));
  }

  /**
   * Update a license key.
   *
   * <p>Disables or re-enables a key, or changes its limits, usage or expiry. A {@code revoked}
   * key can't change (400 {@code invalid_state_transition}); an activation limit below the
   * current activations is 400 {@code parameter_invalid}.
   */
  public LicenseKey update(String licenseKey, LicenseKeyUpdateParams params) {
    return update(licenseKey, params, RequestOptions.none());
  }

  /** {@link #update} with per-call options (idempotency key, retries, timeouts). */
  public LicenseKey update(String licenseKey, LicenseKeyUpdateParams params, RequestOptions options) {
    return executor.execute(updateRequest(licenseKey, params, options));
  }

  /**
   * Validate a license key.
   *
   * <p>Checks a key string from your app: it must be {@code granted}, unexpired, match the
   * optional {@code benefit}, {@code customer} and {@code activation_id}, and stay within its
   * usage limit after {@code increment_usage}. Success counts a validation and sets {@code
   * last_validated_at}. Unknown keys are 404; invalid ones 400 {@code license_key_invalid} or
   * {@code license_key_usage_limit_reached}, with the reason in the message.
   */
  public ValidatedLicenseKey validate(LicenseKeyValidateParams params) {
    return validate(params, RequestOptions.none());
  }

  /** {@link #validate} with per-call options (idempotency key, retries, timeouts). */
  public ValidatedLicenseKey validate(LicenseKeyValidateParams params, RequestOptions options) {
    return executor.execute(validateRequest(params, options));
  }

  /**
   * Activate a license key.
   *
   * <p>Adds an activation to a valid key (see validate). At {@code limit_activations} it is
   * 400 {@code license_key_activation_limit_reached}.
   */
  public LicenseKeyActivation activate(LicenseKeyActivateParams params) {
    return activate(params, RequestOptions.none());
  }

  /** {@link #activate} with per-call options (idempotency key, retries, timeouts). */
  public LicenseKeyActivation activate(LicenseKeyActivateParams params, RequestOptions options) {
    return executor.execute(activateRequest(params, options));
  }

  /**
   * Deactivate a license key.
   *
   * <p>Removes an activation from a key, freeing a slot. An unknown key or activation is 404.
   */
  public LicenseKey deactivate(LicenseKeyDeactivateParams params) {
    return deactivate(params, RequestOptions.none());
  }

  /** {@link #deactivate} with per-call options (idempotency key, retries, timeouts). */
  public LicenseKey deactivate(LicenseKeyDeactivateParams params, RequestOptions options) {
    return executor.execute(deactivateRequest(params, options));
  }

  static ApiRequest<Page<LicenseKey>> listRequest(LicenseKeyListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<LicenseKey>> b =
        ApiRequest.listBuilder("/v1/license_keys", LicenseKey.class, LicenseKey::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("customer", params.customer().orElse(null));
      b.query("benefit", params.benefit().orElse(null));
      b.query("status", params.statusValue().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<LicenseKey> retrieveRequest(String licenseKey, RequestOptions options) {
    ApiRequest.Builder<LicenseKey> b =
        ApiRequest.builder(Method.GET, "/v1/license_keys/{license_key}", LicenseKey.class);
    b.pathParam("license_key", licenseKey);
    return b.options(options).build();
  }

  static ApiRequest<LicenseKey> updateRequest(String licenseKey, LicenseKeyUpdateParams params, RequestOptions options) {
    ApiRequest.Builder<LicenseKey> b =
        ApiRequest.builder(Method.POST, "/v1/license_keys/{license_key}", LicenseKey.class);
    b.pathParam("license_key", licenseKey);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<ValidatedLicenseKey> validateRequest(LicenseKeyValidateParams params, RequestOptions options) {
    ApiRequest.Builder<ValidatedLicenseKey> b =
        ApiRequest.builder(Method.POST, "/v1/license_keys/validate", ValidatedLicenseKey.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<LicenseKeyActivation> activateRequest(LicenseKeyActivateParams params, RequestOptions options) {
    ApiRequest.Builder<LicenseKeyActivation> b =
        ApiRequest.builder(Method.POST, "/v1/license_keys/activate", LicenseKeyActivation.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<LicenseKey> deactivateRequest(LicenseKeyDeactivateParams params, RequestOptions options) {
    ApiRequest.Builder<LicenseKey> b =
        ApiRequest.builder(Method.POST, "/v1/license_keys/deactivate", LicenseKey.class);
    b.body(params);
    return b.options(options).build();
  }

  /** {@link LicenseKeyService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link LicenseKeyService#list} with the HTTP details. */
    public ApiResponse<Page<LicenseKey>> list(LicenseKeyListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link LicenseKeyService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<LicenseKey>> list(LicenseKeyListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link LicenseKeyService#retrieve} with the HTTP details. */
    public ApiResponse<LicenseKey> retrieve(String licenseKey) {
      return retrieve(licenseKey, RequestOptions.none());
    }

    /** {@link LicenseKeyService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<LicenseKey> retrieve(String licenseKey, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(licenseKey, options));
    }

    /** {@link LicenseKeyService#update} with the HTTP details. */
    public ApiResponse<LicenseKey> update(String licenseKey, LicenseKeyUpdateParams params) {
      return update(licenseKey, params, RequestOptions.none());
    }

    /** {@link LicenseKeyService#update} with the HTTP details and per-call options. */
    public ApiResponse<LicenseKey> update(String licenseKey, LicenseKeyUpdateParams params, RequestOptions options) {
      return executor.executeRaw(updateRequest(licenseKey, params, options));
    }

    /** {@link LicenseKeyService#validate} with the HTTP details. */
    public ApiResponse<ValidatedLicenseKey> validate(LicenseKeyValidateParams params) {
      return validate(params, RequestOptions.none());
    }

    /** {@link LicenseKeyService#validate} with the HTTP details and per-call options. */
    public ApiResponse<ValidatedLicenseKey> validate(LicenseKeyValidateParams params, RequestOptions options) {
      return executor.executeRaw(validateRequest(params, options));
    }

    /** {@link LicenseKeyService#activate} with the HTTP details. */
    public ApiResponse<LicenseKeyActivation> activate(LicenseKeyActivateParams params) {
      return activate(params, RequestOptions.none());
    }

    /** {@link LicenseKeyService#activate} with the HTTP details and per-call options. */
    public ApiResponse<LicenseKeyActivation> activate(LicenseKeyActivateParams params, RequestOptions options) {
      return executor.executeRaw(activateRequest(params, options));
    }

    /** {@link LicenseKeyService#deactivate} with the HTTP details. */
    public ApiResponse<LicenseKey> deactivate(LicenseKeyDeactivateParams params) {
      return deactivate(params, RequestOptions.none());
    }

    /** {@link LicenseKeyService#deactivate} with the HTTP details and per-call options. */
    public ApiResponse<LicenseKey> deactivate(LicenseKeyDeactivateParams params, RequestOptions options) {
      return executor.executeRaw(deactivateRequest(params, options));
    }
  }
}
