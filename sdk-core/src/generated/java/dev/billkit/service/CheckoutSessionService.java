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
 * Hosted purchases, confirmed by the buyer's side with the session's {@code client_secret}.
 *
 * <p>Get it from {@code client.checkoutSessions()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class CheckoutSessionService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public CheckoutSessionService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List checkout sessions.
   *
   * <p>Lists checkout sessions, newest first.
   */
  public Page<CheckoutSession> list(CheckoutSessionListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<CheckoutSession> list(CheckoutSessionListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a checkout session.
   *
   * <p>Creates an {@code open} checkout session for one price. Archived prices or products are
   * 400 {@code resource_archived}. {@code amount} is only for {@code custom} prices and must
   * lie within their bounds. Emits {@code checkout.created}.
   */
  public CheckoutSession create(CheckoutSessionCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public CheckoutSession create(CheckoutSessionCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a checkout session.
   *
   * <p>Retrieves a checkout session.
   */
  public CheckoutSession retrieve(String checkoutSession) {
    return retrieve(checkoutSession, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public CheckoutSession retrieve(String checkoutSession, RequestOptions options) {
    return executor.execute(retrieveRequest(checkoutSession, options));
  }

  /**
   * Expire a checkout session.
   *
   * <p>Expires an {@code open} session now so it can't be paid. Other states are 400 {@code
   * invalid_state_transition}. Emits {@code checkout.expired}.
   */
  public CheckoutSession expire(String checkoutSession) {
    return expire(checkoutSession, RequestOptions.none());
  }

  /** {@link #expire} with per-call options (idempotency key, retries, timeouts). */
  public CheckoutSession expire(String checkoutSession, RequestOptions options) {
    return executor.execute(expireRequest(checkoutSession, options));
  }

  /**
   * Retrieve a checkout session by client secret.
   *
   * <p>Retrieves a checkout session by its {@code client_secret}, as the buyer's side does.
   */
  public CheckoutSession retrieveByClientSecret(String clientSecret) {
    return retrieveByClientSecret(clientSecret, RequestOptions.none());
  }

  /** {@link #retrieveByClientSecret} with per-call options (idempotency key, retries, timeouts). */
  public CheckoutSession retrieveByClientSecret(String clientSecret, RequestOptions options) {
    return executor.execute(retrieveByClientSecretRequest(clientSecret, options));
  }

  /**
   * Confirm a checkout session.
   *
   * <p>The buyer pays. Allowed in {@code open} only (else 400 {@code
   * invalid_state_transition}); an expired session is 400 {@code invalid_state_transition}.
   * The session becomes {@code confirmed} ({@code checkout.updated}) and is charged at once.
   * On success it becomes {@code succeeded}: the customer is created or reused ({@code
   * customer.created}), a paid invoice is created ({@code invoice.created}, {@code
   * invoice.finalized}, {@code invoice.paid}), a recurring price creates the subscription
   * ({@code subscription.created}, {@code subscription.active}), benefits are granted ({@code
   * benefit_grant.created}), then {@code checkout.updated} and {@code checkout.completed}.
   * During a trial nothing is charged and no invoice is created. A decline answers 402 with
   * the card error and reopens the session with {@code last_payment_error} ({@code
   * checkout.updated}). A card that needs 3D Secure leaves it {@code confirmed} until the
   * payment intent is authenticated.
   */
  public CheckoutSession confirm(String clientSecret, CheckoutSessionConfirmParams params) {
    return confirm(clientSecret, params, RequestOptions.none());
  }

  /** {@link #confirm} with per-call options (idempotency key, retries, timeouts). */
  public CheckoutSession confirm(String clientSecret, CheckoutSessionConfirmParams params, RequestOptions options) {
    return executor.execute(confirmRequest(clientSecret, params, options));
  }

  static ApiRequest<Page<CheckoutSession>> listRequest(CheckoutSessionListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<CheckoutSession>> b =
        ApiRequest.listBuilder("/v1/checkout_sessions", CheckoutSession.class, CheckoutSession::id);
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

  static ApiRequest<CheckoutSession> createRequest(CheckoutSessionCreateParams params, RequestOptions options) {
    ApiRequest.Builder<CheckoutSession> b =
        ApiRequest.builder(Method.POST, "/v1/checkout_sessions", CheckoutSession.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<CheckoutSession> retrieveRequest(String checkoutSession, RequestOptions options) {
    ApiRequest.Builder<CheckoutSession> b =
        ApiRequest.builder(Method.GET, "/v1/checkout_sessions/{checkout_session}", CheckoutSession.class);
    b.pathParam("checkout_session", checkoutSession);
    return b.options(options).build();
  }

  static ApiRequest<CheckoutSession> expireRequest(String checkoutSession, RequestOptions options) {
    ApiRequest.Builder<CheckoutSession> b =
        ApiRequest.builder(Method.POST, "/v1/checkout_sessions/{checkout_session}/expire", CheckoutSession.class);
    b.pathParam("checkout_session", checkoutSession);
    return b.options(options).build();
  }

  static ApiRequest<CheckoutSession> retrieveByClientSecretRequest(String clientSecret, RequestOptions options) {
    ApiRequest.Builder<CheckoutSession> b =
        ApiRequest.builder(Method.GET, "/v1/checkout_sessions/client/{client_secret}", CheckoutSession.class);
    b.pathParam("client_secret", clientSecret);
    return b.options(options).build();
  }

  static ApiRequest<CheckoutSession> confirmRequest(String clientSecret, CheckoutSessionConfirmParams params, RequestOptions options) {
    ApiRequest.Builder<CheckoutSession> b =
        ApiRequest.builder(Method.POST, "/v1/checkout_sessions/client/{client_secret}/confirm", CheckoutSession.class);
    b.pathParam("client_secret", clientSecret);
    b.body(params);
    return b.options(options).build();
  }

  /** {@link CheckoutSessionService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link CheckoutSessionService#list} with the HTTP details. */
    public ApiResponse<Page<CheckoutSession>> list(CheckoutSessionListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link CheckoutSessionService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<CheckoutSession>> list(CheckoutSessionListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link CheckoutSessionService#create} with the HTTP details. */
    public ApiResponse<CheckoutSession> create(CheckoutSessionCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link CheckoutSessionService#create} with the HTTP details and per-call options. */
    public ApiResponse<CheckoutSession> create(CheckoutSessionCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link CheckoutSessionService#retrieve} with the HTTP details. */
    public ApiResponse<CheckoutSession> retrieve(String checkoutSession) {
      return retrieve(checkoutSession, RequestOptions.none());
    }

    /** {@link CheckoutSessionService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<CheckoutSession> retrieve(String checkoutSession, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(checkoutSession, options));
    }

    /** {@link CheckoutSessionService#expire} with the HTTP details. */
    public ApiResponse<CheckoutSession> expire(String checkoutSession) {
      return expire(checkoutSession, RequestOptions.none());
    }

    /** {@link CheckoutSessionService#expire} with the HTTP details and per-call options. */
    public ApiResponse<CheckoutSession> expire(String checkoutSession, RequestOptions options) {
      return executor.executeRaw(expireRequest(checkoutSession, options));
    }

    /** {@link CheckoutSessionService#retrieveByClientSecret} with the HTTP details. */
    public ApiResponse<CheckoutSession> retrieveByClientSecret(String clientSecret) {
      return retrieveByClientSecret(clientSecret, RequestOptions.none());
    }

    /** {@link CheckoutSessionService#retrieveByClientSecret} with the HTTP details and per-call options. */
    public ApiResponse<CheckoutSession> retrieveByClientSecret(String clientSecret, RequestOptions options) {
      return executor.executeRaw(retrieveByClientSecretRequest(clientSecret, options));
    }

    /** {@link CheckoutSessionService#confirm} with the HTTP details. */
    public ApiResponse<CheckoutSession> confirm(String clientSecret, CheckoutSessionConfirmParams params) {
      return confirm(clientSecret, params, RequestOptions.none());
    }

    /** {@link CheckoutSessionService#confirm} with the HTTP details and per-call options. */
    public ApiResponse<CheckoutSession> confirm(String clientSecret, CheckoutSessionConfirmParams params, RequestOptions options) {
      return executor.executeRaw(confirmRequest(clientSecret, params, options));
    }
  }
}
