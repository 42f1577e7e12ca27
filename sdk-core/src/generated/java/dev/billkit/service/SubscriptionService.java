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
 * Recurring billing with trials, renewals, dunning, scheduled cancellation, pause and resume.
 *
 * <p>Get it from {@code client.subscriptions()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class SubscriptionService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public SubscriptionService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List subscriptions.
   *
   * <p>Lists subscriptions, newest first.
   */
  public Page<Subscription> list(SubscriptionListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<Subscription> list(SubscriptionListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a subscription.
   *
   * <p>Subscribes a customer to recurring prices. With a trial: {@code trialing} ({@code
   * subscription.created}, {@code subscription.active}), and no invoice until the trial
   * converts. Without: the first invoice ({@code subscription_create}) is created and charged;
   * on success {@code active} ({@code subscription.created}, {@code invoice.created}, {@code
   * invoice.finalized}, {@code invoice.paid}, {@code subscription.active}), on failure {@code
   * incomplete} ({@code subscription.created}, {@code invoice.payment_failed}), answered with
   * 200. Benefits of the product are granted when it becomes active or trialing. A customer
   * without a payment method and without a trial is 400 {@code parameter_missing} ({@code
   * default_payment_method}).
   */
  public Subscription create(SubscriptionCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public Subscription create(SubscriptionCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a subscription.
   *
   * <p>Retrieves a subscription.
   */
  public Subscription retrieve(String subscription) {
    return retrieve(subscription, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public Subscription retrieve(String subscription, RequestOptions options) {
    return executor.execute(retrieveRequest(subscription, options));
  }

  /**
   * Update a subscription.
   *
   * <p>Changes the default payment method or metadata of a subscription that is not {@code
   * canceled} or {@code incomplete_expired} (else 400 {@code invalid_state_transition}). Emits
   * {@code subscription.updated}.
   */
  public Subscription update(String subscription, SubscriptionUpdateParams params) {
    return update(subscription, params, RequestOptions.none());
  }

  /** {@link #update} with per-call options (idempotency key, retries, timeouts). */
  public Subscription update(String subscription, SubscriptionUpdateParams params, RequestOptions options) {
    return executor.execute(updateRequest(subscription, params, options));
  }

  /**
   * Cancel a subscription.
   *
   * <p>With {@code at_period_end=true}: allowed in {@code trialing}, {@code active} and {@code
   * past_due} when no cancellation is scheduled; sets {@code cancel_at_period_end} and {@code
   * ends_at} ({@code subscription.updated}, {@code subscription.canceled}); at period end it
   * becomes {@code canceled} with no renewal ({@code subscription.updated}, {@code
   * subscription.revoked}). A scheduled cancellation wins over a scheduled pause. Without it:
   * allowed in {@code trialing}, {@code active}, {@code past_due}, {@code unpaid}, {@code
   * paused} and {@code incomplete}; it becomes {@code canceled} now ({@code
   * subscription.updated}, {@code subscription.canceled}, {@code subscription.revoked}) and
   * benefits are revoked. Canceling twice is 400 {@code invalid_state_transition}.
   */
  public Subscription cancel(String subscription, SubscriptionCancelParams params) {
    return cancel(subscription, params, RequestOptions.none());
  }

  /** {@link #cancel} with per-call options (idempotency key, retries, timeouts). */
  public Subscription cancel(String subscription, SubscriptionCancelParams params, RequestOptions options) {
    return executor.execute(cancelRequest(subscription, params, options));
  }

  /**
   * Withdraw a scheduled cancellation.
   *
   * <p>Withdraws a cancellation scheduled with {@code at_period_end}, before the period ends.
   * Needs {@code cancel_at_period_end=true} and status {@code trialing}, {@code active} or
   * {@code past_due} (else 400 {@code invalid_state_transition}). Emits {@code
   * subscription.updated}, {@code subscription.uncanceled}.
   */
  public Subscription uncancel(String subscription) {
    return uncancel(subscription, RequestOptions.none());
  }

  /** {@link #uncancel} with per-call options (idempotency key, retries, timeouts). */
  public Subscription uncancel(String subscription, RequestOptions options) {
    return executor.execute(uncancelRequest(subscription, options));
  }

  /**
   * Pause a subscription at period end.
   *
   * <p>Schedules an {@code active} subscription (else 400 {@code invalid_state_transition}) to
   * pause at {@code current_period_end} ({@code subscription.updated}). At period end it
   * becomes {@code paused} with no invoice ({@code subscription.updated}, {@code
   * subscription.paused}), unless a cancellation is scheduled. With {@code resumes_at} it
   * resumes by itself then.
   */
  public Subscription pause(String subscription, SubscriptionPauseParams params) {
    return pause(subscription, params, RequestOptions.none());
  }

  /** {@link #pause} with per-call options (idempotency key, retries, timeouts). */
  public Subscription pause(String subscription, SubscriptionPauseParams params, RequestOptions options) {
    return executor.execute(pauseRequest(subscription, params, options));
  }

  /**
   * Resume a subscription.
   *
   * <p>For a {@code paused} subscription: starts a new period now and charges its invoice;
   * success makes it {@code active} ({@code subscription.updated}, {@code
   * subscription.resumed}, {@code invoice.paid}), and a decline makes it {@code past_due}. For
   * an {@code active} one with a scheduled pause: withdraws the pause ({@code
   * subscription.updated}). Else 400 {@code invalid_state_transition}.
   */
  public Subscription resume(String subscription) {
    return resume(subscription, RequestOptions.none());
  }

  /** {@link #resume} with per-call options (idempotency key, retries, timeouts). */
  public Subscription resume(String subscription, RequestOptions options) {
    return executor.execute(resumeRequest(subscription, options));
  }

  static ApiRequest<Page<Subscription>> listRequest(SubscriptionListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<Subscription>> b =
        ApiRequest.listBuilder("/v1/subscriptions", Subscription.class, Subscription::id);
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
      b.query("price", params.price().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<Subscription> createRequest(SubscriptionCreateParams params, RequestOptions options) {
    ApiRequest.Builder<Subscription> b =
        ApiRequest.builder(Method.POST, "/v1/subscriptions", Subscription.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Subscription> retrieveRequest(String subscription, RequestOptions options) {
    ApiRequest.Builder<Subscription> b =
        ApiRequest.builder(Method.GET, "/v1/subscriptions/{subscription}", Subscription.class);
    b.pathParam("subscription", subscription);
    return b.options(options).build();
  }

  static ApiRequest<Subscription> updateRequest(String subscription, SubscriptionUpdateParams params, RequestOptions options) {
    ApiRequest.Builder<Subscription> b =
        ApiRequest.builder(Method.POST, "/v1/subscriptions/{subscription}", Subscription.class);
    b.pathParam("subscription", subscription);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Subscription> cancelRequest(String subscription, SubscriptionCancelParams params, RequestOptions options) {
    ApiRequest.Builder<Subscription> b =
        ApiRequest.builder(Method.POST, "/v1/subscriptions/{subscription}/cancel", Subscription.class);
    b.pathParam("subscription", subscription);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Subscription> uncancelRequest(String subscription, RequestOptions options) {
    ApiRequest.Builder<Subscription> b =
        ApiRequest.builder(Method.POST, "/v1/subscriptions/{subscription}/uncancel", Subscription.class);
    b.pathParam("subscription", subscription);
    return b.options(options).build();
  }

  static ApiRequest<Subscription> pauseRequest(String subscription, SubscriptionPauseParams params, RequestOptions options) {
    ApiRequest.Builder<Subscription> b =
        ApiRequest.builder(Method.POST, "/v1/subscriptions/{subscription}/pause", Subscription.class);
    b.pathParam("subscription", subscription);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Subscription> resumeRequest(String subscription, RequestOptions options) {
    ApiRequest.Builder<Subscription> b =
        ApiRequest.builder(Method.POST, "/v1/subscriptions/{subscription}/resume", Subscription.class);
    b.pathParam("subscription", subscription);
    return b.options(options).build();
  }

  /** {@link SubscriptionService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link SubscriptionService#list} with the HTTP details. */
    public ApiResponse<Page<Subscription>> list(SubscriptionListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link SubscriptionService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<Subscription>> list(SubscriptionListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link SubscriptionService#create} with the HTTP details. */
    public ApiResponse<Subscription> create(SubscriptionCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link SubscriptionService#create} with the HTTP details and per-call options. */
    public ApiResponse<Subscription> create(SubscriptionCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link SubscriptionService#retrieve} with the HTTP details. */
    public ApiResponse<Subscription> retrieve(String subscription) {
      return retrieve(subscription, RequestOptions.none());
    }

    /** {@link SubscriptionService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<Subscription> retrieve(String subscription, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(subscription, options));
    }

    /** {@link SubscriptionService#update} with the HTTP details. */
    public ApiResponse<Subscription> update(String subscription, SubscriptionUpdateParams params) {
      return update(subscription, params, RequestOptions.none());
    }

    /** {@link SubscriptionService#update} with the HTTP details and per-call options. */
    public ApiResponse<Subscription> update(String subscription, SubscriptionUpdateParams params, RequestOptions options) {
      return executor.executeRaw(updateRequest(subscription, params, options));
    }

    /** {@link SubscriptionService#cancel} with the HTTP details. */
    public ApiResponse<Subscription> cancel(String subscription, SubscriptionCancelParams params) {
      return cancel(subscription, params, RequestOptions.none());
    }

    /** {@link SubscriptionService#cancel} with the HTTP details and per-call options. */
    public ApiResponse<Subscription> cancel(String subscription, SubscriptionCancelParams params, RequestOptions options) {
      return executor.executeRaw(cancelRequest(subscription, params, options));
    }

    /** {@link SubscriptionService#uncancel} with the HTTP details. */
    public ApiResponse<Subscription> uncancel(String subscription) {
      return uncancel(subscription, RequestOptions.none());
    }

    /** {@link SubscriptionService#uncancel} with the HTTP details and per-call options. */
    public ApiResponse<Subscription> uncancel(String subscription, RequestOptions options) {
      return executor.executeRaw(uncancelRequest(subscription, options));
    }

    /** {@link SubscriptionService#pause} with the HTTP details. */
    public ApiResponse<Subscription> pause(String subscription, SubscriptionPauseParams params) {
      return pause(subscription, params, RequestOptions.none());
    }

    /** {@link SubscriptionService#pause} with the HTTP details and per-call options. */
    public ApiResponse<Subscription> pause(String subscription, SubscriptionPauseParams params, RequestOptions options) {
      return executor.executeRaw(pauseRequest(subscription, params, options));
    }

    /** {@link SubscriptionService#resume} with the HTTP details. */
    public ApiResponse<Subscription> resume(String subscription) {
      return resume(subscription, RequestOptions.none());
    }

    /** {@link SubscriptionService#resume} with the HTTP details and per-call options. */
    public ApiResponse<Subscription> resume(String subscription, RequestOptions options) {
      return executor.executeRaw(resumeRequest(subscription, options));
    }
  }
}
