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
 * Single payments with Stripe's seven statuses, manual capture and simulated 3D Secure.
 *
 * <p>Get it from {@code client.paymentIntents()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class PaymentIntentService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public PaymentIntentService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List payment intents.
   *
   * <p>Lists payment intents, newest first.
   */
  public Page<PaymentIntent> list(PaymentIntentListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<PaymentIntent> list(PaymentIntentListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a payment intent.
   *
   * <p>Creates a payment intent: {@code requires_payment_method} without a payment method,
   * else {@code requires_confirmation}. With {@code confirm=true} it is confirmed at once with
   * the outcomes described under confirm (a decline answers 402).
   */
  public PaymentIntent create(PaymentIntentCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public PaymentIntent create(PaymentIntentCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a payment intent.
   *
   * <p>Retrieves a payment intent.
   */
  public PaymentIntent retrieve(String paymentIntent) {
    return retrieve(paymentIntent, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public PaymentIntent retrieve(String paymentIntent, RequestOptions options) {
    return executor.execute(retrieveRequest(paymentIntent, options));
  }

  /**
   * Update a payment intent.
   *
   * <p>Updates a payment intent. {@code amount} and {@code payment_method} only in {@code
   * requires_payment_method} or {@code requires_confirmation} (else 400 {@code
   * invalid_state_transition}); setting a payment method moves it to {@code
   * requires_confirmation}. Metadata and description in any state.
   */
  public PaymentIntent update(String paymentIntent, PaymentIntentUpdateParams params) {
    return update(paymentIntent, params, RequestOptions.none());
  }

  /** {@link #update} with per-call options (idempotency key, retries, timeouts). */
  public PaymentIntent update(String paymentIntent, PaymentIntentUpdateParams params, RequestOptions options) {
    return executor.execute(updateRequest(paymentIntent, params, options));
  }

  /**
   * Confirm a payment intent.
   *
   * <p>Charges the payment method. Allowed in {@code requires_payment_method} (with {@code
   * payment_method}) and {@code requires_confirmation}; else 400 {@code
   * invalid_state_transition}. Success with automatic capture: {@code succeeded} ({@code
   * payment_intent.succeeded}); with manual capture: {@code requires_capture}. A 3D Secure
   * card: {@code requires_action} with {@code next_action} ({@code
   * payment_intent.requires_action}). A decline: 402 with the card error, and the intent goes
   * to {@code requires_payment_method} with {@code last_payment_error} ({@code
   * payment_intent.payment_failed}); after 10 failed confirmations it is {@code canceled}
   * ({@code payment_intent.canceled}).
   */
  public PaymentIntent confirm(String paymentIntent, PaymentIntentConfirmParams params) {
    return confirm(paymentIntent, params, RequestOptions.none());
  }

  /** {@link #confirm} with per-call options (idempotency key, retries, timeouts). */
  public PaymentIntent confirm(String paymentIntent, PaymentIntentConfirmParams params, RequestOptions options) {
    return executor.execute(confirmRequest(paymentIntent, params, options));
  }

  /**
   * Capture a payment intent.
   *
   * <p>Captures an authorized payment in {@code requires_capture} (else 400 {@code
   * invalid_state_transition}). {@code amount_to_capture} may not exceed {@code
   * amount_capturable} (400 {@code parameter_invalid}); the rest is released. Becomes {@code
   * succeeded} and emits {@code payment_intent.succeeded}. Uncaptured authorizations are
   * canceled automatically after 7 days.
   */
  public PaymentIntent capture(String paymentIntent, PaymentIntentCaptureParams params) {
    return capture(paymentIntent, params, RequestOptions.none());
  }

  /** {@link #capture} with per-call options (idempotency key, retries, timeouts). */
  public PaymentIntent capture(String paymentIntent, PaymentIntentCaptureParams params, RequestOptions options) {
    return executor.execute(captureRequest(paymentIntent, params, options));
  }

  /**
   * Cancel a payment intent.
   *
   * <p>Cancels a payment intent in {@code requires_payment_method}, {@code
   * requires_confirmation}, {@code requires_action} or {@code requires_capture} (releasing the
   * authorization); {@code succeeded} and {@code canceled} are 400 {@code
   * invalid_state_transition}. Emits {@code payment_intent.canceled}.
   */
  public PaymentIntent cancel(String paymentIntent, PaymentIntentCancelParams params) {
    return cancel(paymentIntent, params, RequestOptions.none());
  }

  /** {@link #cancel} with per-call options (idempotency key, retries, timeouts). */
  public PaymentIntent cancel(String paymentIntent, PaymentIntentCancelParams params, RequestOptions options) {
    return executor.execute(cancelRequest(paymentIntent, params, options));
  }

  /**
   * Complete 3D Secure (test helper).
   *
   * <p>Simulates the buyer's 3D Secure challenge for a payment intent in {@code
   * requires_action} (else 400 {@code invalid_state_transition}). {@code succeed} continues
   * the payment: {@code succeeded} ({@code payment_intent.succeeded}), or {@code
   * requires_capture} with manual capture; a confirmed checkout session or subscription
   * invoice waiting on it completes too. {@code fail} returns it to {@code
   * requires_payment_method} with {@code last_payment_error.code =
   * payment_intent_authentication_failure} ({@code payment_intent.payment_failed}). Test mode
   * only.
   */
  public PaymentIntent authenticate(String paymentIntent, PaymentIntentAuthenticateParams params) {
    return authenticate(paymentIntent, params, RequestOptions.none());
  }

  /** {@link #authenticate} with per-call options (idempotency key, retries, timeouts). */
  public PaymentIntent authenticate(String paymentIntent, PaymentIntentAuthenticateParams params, RequestOptions options) {
    return executor.execute(authenticateRequest(paymentIntent, params, options));
  }

  static ApiRequest<Page<PaymentIntent>> listRequest(PaymentIntentListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<PaymentIntent>> b =
        ApiRequest.listBuilder("/v1/payment_intents", PaymentIntent.class, PaymentIntent::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("customer", params.customer().orElse(null));
      b.query("status", params.statusValue().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<PaymentIntent> createRequest(PaymentIntentCreateParams params, RequestOptions options) {
    ApiRequest.Builder<PaymentIntent> b =
        ApiRequest.builder(Method.POST, "/v1/payment_intents", PaymentIntent.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<PaymentIntent> retrieveRequest(String paymentIntent, RequestOptions options) {
    ApiRequest.Builder<PaymentIntent> b =
        ApiRequest.builder(Method.GET, "/v1/payment_intents/{payment_intent}", PaymentIntent.class);
    b.pathParam("payment_intent", paymentIntent);
    return b.options(options).build();
  }

  static ApiRequest<PaymentIntent> updateRequest(String paymentIntent, PaymentIntentUpdateParams params, RequestOptions options) {
    ApiRequest.Builder<PaymentIntent> b =
        ApiRequest.builder(Method.POST, "/v1/payment_intents/{payment_intent}", PaymentIntent.class);
    b.pathParam("payment_intent", paymentIntent);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<PaymentIntent> confirmRequest(String paymentIntent, PaymentIntentConfirmParams params, RequestOptions options) {
    ApiRequest.Builder<PaymentIntent> b =
        ApiRequest.builder(Method.POST, "/v1/payment_intents/{payment_intent}/confirm", PaymentIntent.class);
    b.pathParam("payment_intent", paymentIntent);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<PaymentIntent> captureRequest(String paymentIntent, PaymentIntentCaptureParams params, RequestOptions options) {
    ApiRequest.Builder<PaymentIntent> b =
        ApiRequest.builder(Method.POST, "/v1/payment_intents/{payment_intent}/capture", PaymentIntent.class);
    b.pathParam("payment_intent", paymentIntent);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<PaymentIntent> cancelRequest(String paymentIntent, PaymentIntentCancelParams params, RequestOptions options) {
    ApiRequest.Builder<PaymentIntent> b =
        ApiRequest.builder(Method.POST, "/v1/payment_intents/{payment_intent}/cancel", PaymentIntent.class);
    b.pathParam("payment_intent", paymentIntent);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<PaymentIntent> authenticateRequest(String paymentIntent, PaymentIntentAuthenticateParams params, RequestOptions options) {
    ApiRequest.Builder<PaymentIntent> b =
        ApiRequest.builder(Method.POST, "/v1/test_helpers/payment_intents/{payment_intent}/authenticate", PaymentIntent.class);
    b.pathParam("payment_intent", paymentIntent);
    b.body(params);
    return b.options(options).build();
  }

  /** {@link PaymentIntentService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link PaymentIntentService#list} with the HTTP details. */
    public ApiResponse<Page<PaymentIntent>> list(PaymentIntentListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link PaymentIntentService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<PaymentIntent>> list(PaymentIntentListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link PaymentIntentService#create} with the HTTP details. */
    public ApiResponse<PaymentIntent> create(PaymentIntentCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link PaymentIntentService#create} with the HTTP details and per-call options. */
    public ApiResponse<PaymentIntent> create(PaymentIntentCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link PaymentIntentService#retrieve} with the HTTP details. */
    public ApiResponse<PaymentIntent> retrieve(String paymentIntent) {
      return retrieve(paymentIntent, RequestOptions.none());
    }

    /** {@link PaymentIntentService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<PaymentIntent> retrieve(String paymentIntent, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(paymentIntent, options));
    }

    /** {@link PaymentIntentService#update} with the HTTP details. */
    public ApiResponse<PaymentIntent> update(String paymentIntent, PaymentIntentUpdateParams params) {
      return update(paymentIntent, params, RequestOptions.none());
    }

    /** {@link PaymentIntentService#update} with the HTTP details and per-call options. */
    public ApiResponse<PaymentIntent> update(String paymentIntent, PaymentIntentUpdateParams params, RequestOptions options) {
      return executor.executeRaw(updateRequest(paymentIntent, params, options));
    }

    /** {@link PaymentIntentService#confirm} with the HTTP details. */
    public ApiResponse<PaymentIntent> confirm(String paymentIntent, PaymentIntentConfirmParams params) {
      return confirm(paymentIntent, params, RequestOptions.none());
    }

    /** {@link PaymentIntentService#confirm} with the HTTP details and per-call options. */
    public ApiResponse<PaymentIntent> confirm(String paymentIntent, PaymentIntentConfirmParams params, RequestOptions options) {
      return executor.executeRaw(confirmRequest(paymentIntent, params, options));
    }

    /** {@link PaymentIntentService#capture} with the HTTP details. */
    public ApiResponse<PaymentIntent> capture(String paymentIntent, PaymentIntentCaptureParams params) {
      return capture(paymentIntent, params, RequestOptions.none());
    }

    /** {@link PaymentIntentService#capture} with the HTTP details and per-call options. */
    public ApiResponse<PaymentIntent> capture(String paymentIntent, PaymentIntentCaptureParams params, RequestOptions options) {
      return executor.executeRaw(captureRequest(paymentIntent, params, options));
    }

    /** {@link PaymentIntentService#cancel} with the HTTP details. */
    public ApiResponse<PaymentIntent> cancel(String paymentIntent, PaymentIntentCancelParams params) {
      return cancel(paymentIntent, params, RequestOptions.none());
    }

    /** {@link PaymentIntentService#cancel} with the HTTP details and per-call options. */
    public ApiResponse<PaymentIntent> cancel(String paymentIntent, PaymentIntentCancelParams params, RequestOptions options) {
      return executor.executeRaw(cancelRequest(paymentIntent, params, options));
    }

    /** {@link PaymentIntentService#authenticate} with the HTTP details. */
    public ApiResponse<PaymentIntent> authenticate(String paymentIntent, PaymentIntentAuthenticateParams params) {
      return authenticate(paymentIntent, params, RequestOptions.none());
    }

    /** {@link PaymentIntentService#authenticate} with the HTTP details and per-call options. */
    public ApiResponse<PaymentIntent> authenticate(String paymentIntent, PaymentIntentAuthenticateParams params, RequestOptions options) {
      return executor.executeRaw(authenticateRequest(paymentIntent, params, options));
    }
  }
}
