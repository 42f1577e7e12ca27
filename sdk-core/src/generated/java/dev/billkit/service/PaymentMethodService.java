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
 * Cards. In test mode the card number (or {@code pm_card_*} token) decides what happens when
 * it is charged:
 *
 * <p>| Number | Token | Outcome | |---|---|---| | 4242424242424242 | pm_card_visa | succeeds |
 * | 5555555555554444 | pm_card_mastercard | succeeds | | 4000000000000002 |
 * pm_card_visa_chargeDeclined | 402 {@code card_declined} / {@code generic_decline} | |
 * 4000000000009995 | pm_card_visa_chargeDeclinedInsufficientFunds | 402 {@code card_declined}
 * / {@code insufficient_funds} | | 4000000000009987 | pm_card_visa_chargeDeclinedLostCard |
 * 402 {@code card_declined} / {@code lost_card} | | 4000000000009979 |
 * pm_card_visa_chargeDeclinedStolenCard | 402 {@code card_declined} / {@code stolen_card} | |
 * 4000000000000069 | pm_card_chargeDeclinedExpiredCard | 402 {@code expired_card} | |
 * 4000000000000127 | pm_card_chargeDeclinedIncorrectCvc | 402 {@code incorrect_cvc} | |
 * 4000000000000119 | pm_card_chargeDeclinedProcessingError | 402 {@code processing_error} | |
 * 4242424242424241 | (none) | 402 {@code incorrect_number} at creation (fails the Luhn check)
 * | | 4000000000000341 | pm_card_chargeCustomerFail | attaches, then every charge fails with
 * {@code card_declined} (renewal failure, dunning) | | 4000002760003184 |
 * pm_card_authenticationRequired | every charge needs 3D Secure ({@code requires_action}) | |
 * 4000002500003155 | pm_card_authenticationRequiredOnSetup | needs 3D Secure on the first
 * charge only | | 4000000000007726 | pm_card_pendingRefund | refunds stay {@code pending} for
 * a day, then succeed | | 4000000000005126 | pm_card_refundFail | refunds fail ({@code
 * refund.failed}) |
 *
 * <p>The decline-table cards can't be attached to a customer. Any future expiry date and any
 * CVC work.
 *
 * <p>Get it from {@code client.paymentMethods()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class PaymentMethodService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public PaymentMethodService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Create a payment method.
   *
   * <p>Creates a card payment method from a test card number or a {@code pm_card_*} token. A
   * number that fails the Luhn check is 402 {@code incorrect_number}; a past expiry is 402
   * {@code expired_card}. The card's charge outcome is fixed by its number (see the tag).
   */
  public PaymentMethod create(PaymentMethodCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public PaymentMethod create(PaymentMethodCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a payment method.
   *
   * <p>Retrieves a payment method.
   */
  public PaymentMethod retrieve(String paymentMethod) {
    return retrieve(paymentMethod, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public PaymentMethod retrieve(String paymentMethod, RequestOptions options) {
    return executor.execute(retrieveRequest(paymentMethod, options));
  }

  /**
   * Attach a payment method to a customer.
   *
   * <p>Attaches a payment method to a customer. Cards from the decline table can't be attached
   * (402 {@code card_declined} with their decline code); {@code 4000000000000341} attaches and
   * fails every later charge. A payment method attached to another customer is 400 {@code
   * invalid_state_transition}. The customer's first payment method becomes its default. Emits
   * {@code customer.updated} when the default changes.
   */
  public PaymentMethod attach(String paymentMethod, PaymentMethodAttachParams params) {
    return attach(paymentMethod, params, RequestOptions.none());
  }

  /** {@link #attach} with per-call options (idempotency key, retries, timeouts). */
  public PaymentMethod attach(String paymentMethod, PaymentMethodAttachParams params, RequestOptions options) {
    return executor.execute(attachRequest(paymentMethod, params, options));
  }

  /**
   * Detach a payment method.
   *
   * <p>Detaches a payment method from its customer; it can't be used again. If it was the
   * customer's default, the default becomes null (emits {@code customer.updated}).
   * Subscriptions that named it fall back to the customer's default. Not attached is 400
   * {@code invalid_state_transition}.
   */
  public PaymentMethod detach(String paymentMethod) {
    return detach(paymentMethod, RequestOptions.none());
  }

  /** {@link #detach} with per-call options (idempotency key, retries, timeouts). */
  public PaymentMethod detach(String paymentMethod, RequestOptions options) {
    return executor.execute(detachRequest(paymentMethod, options));
  }

  static ApiRequest<PaymentMethod> createRequest(PaymentMethodCreateParams params, RequestOptions options) {
    ApiRequest.Builder<PaymentMethod> b =
        ApiRequest.builder(Method.POST, "/v1/payment_methods", PaymentMethod.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<PaymentMethod> retrieveRequest(String paymentMethod, RequestOptions options) {
    ApiRequest.Builder<PaymentMethod> b =
        ApiRequest.builder(Method.GET, "/v1/payment_methods/{payment_method}", PaymentMethod.class);
    b.pathParam("payment_method", paymentMethod);
    return b.options(options).build();
  }

  static ApiRequest<PaymentMethod> attachRequest(String paymentMethod, PaymentMethodAttachParams params, RequestOptions options) {
    ApiRequest.Builder<PaymentMethod> b =
        ApiRequest.builder(Method.POST, "/v1/payment_methods/{payment_method}/attach", PaymentMethod.class);
    b.pathParam("payment_method", paymentMethod);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<PaymentMethod> detachRequest(String paymentMethod, RequestOptions options) {
    ApiRequest.Builder<PaymentMethod> b =
        ApiRequest.builder(Method.POST, "/v1/payment_methods/{payment_method}/detach", PaymentMethod.class);
    b.pathParam("payment_method", paymentMethod);
    return b.options(options).build();
  }

  /** {@link PaymentMethodService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link PaymentMethodService#create} with the HTTP details. */
    public ApiResponse<PaymentMethod> create(PaymentMethodCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link PaymentMethodService#create} with the HTTP details and per-call options. */
    public ApiResponse<PaymentMethod> create(PaymentMethodCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link PaymentMethodService#retrieve} with the HTTP details. */
    public ApiResponse<PaymentMethod> retrieve(String paymentMethod) {
      return retrieve(paymentMethod, RequestOptions.none());
    }

    /** {@link PaymentMethodService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<PaymentMethod> retrieve(String paymentMethod, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(paymentMethod, options));
    }

    /** {@link PaymentMethodService#attach} with the HTTP details. */
    public ApiResponse<PaymentMethod> attach(String paymentMethod, PaymentMethodAttachParams params) {
      return attach(paymentMethod, params, RequestOptions.none());
    }

    /** {@link PaymentMethodService#attach} with the HTTP details and per-call options. */
    public ApiResponse<PaymentMethod> attach(String paymentMethod, PaymentMethodAttachParams params, RequestOptions options) {
      return executor.executeRaw(attachRequest(paymentMethod, params, options));
    }

    /** {@link PaymentMethodService#detach} with the HTTP details. */
    public ApiResponse<PaymentMethod> detach(String paymentMethod) {
      return detach(paymentMethod, RequestOptions.none());
    }

    /** {@link PaymentMethodService#detach} with the HTTP details and per-call options. */
    public ApiResponse<PaymentMethod> detach(String paymentMethod, RequestOptions options) {
      return executor.executeRaw(detachRequest(paymentMethod, options));
    }
  }
}
