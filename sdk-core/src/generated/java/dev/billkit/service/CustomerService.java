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
 * Buyers, looked up by id or by your own {@code external_id}, with a one-call view of what
 * they are entitled to.
 *
 * <p>Get it from {@code client.customers()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class CustomerService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public CustomerService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List customers.
   *
   * <p>Lists customers, newest first.
   */
  public Page<Customer> list(CustomerListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<Customer> list(CustomerListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create a customer.
   *
   * <p>Creates a customer. {@code external_id} must be unique within the account. With {@code
   * payment_method}, the payment method is attached and becomes the default. With {@code
   * test_clock}, the customer lives by that clock's time for good. Emits {@code
   * customer.created}.
   */
  public Customer create(CustomerCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public Customer create(CustomerCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve a customer.
   *
   * <p>Retrieves a customer. A deleted customer is 404 {@code resource_missing}.
   */
  public Customer retrieve(String customer) {
    return retrieve(customer, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public Customer retrieve(String customer, RequestOptions options) {
    return executor.execute(retrieveRequest(customer, options));
  }

  /**
   * Update a customer.
   *
   * <p>Updates the given fields; omitted fields stay. {@code default_payment_method} must be
   * attached to the customer. Emits {@code customer.updated} with {@code previous_attributes},
   * and {@code customer.state_changed}.
   */
  public Customer update(String customer, CustomerUpdateParams params) {
    return update(customer, params, RequestOptions.none());
  }

  /** {@link #update} with per-call options (idempotency key, retries, timeouts). */
  public Customer update(String customer, CustomerUpdateParams params, RequestOptions options) {
    return executor.execute(updateRequest(customer, params, options));
  }

  /**
   * Delete a customer.
   *
   * <p>Deletes a customer for good. Its live subscriptions are canceled immediately first
   * (each emits {@code subscription.updated}, {@code subscription.canceled}, {@code
   * subscription.revoked}, with cause {@code customer_deleted}), its payment methods are
   * detached, then {@code customer.deleted} is emitted. Invoices and refunds stay.
   */
  public DeletedObject delete(String customer) {
    return delete(customer, RequestOptions.none());
  }

  /** {@link #delete} with per-call options (idempotency key, retries, timeouts). */
  public DeletedObject delete(String customer, RequestOptions options) {
    return executor.execute(deleteRequest(customer, options));
  }

  /**
   * Retrieve a customer by external id.
   *
   * <p>Retrieves the customer whose {@code external_id} is the given value, so you can find a
   * customer by your own user id.
   */
  public Customer retrieveByExternalId(String externalId) {
    return retrieveByExternalId(externalId, RequestOptions.none());
  }

  /** {@link #retrieveByExternalId} with per-call options (idempotency key, retries, timeouts). */
  public Customer retrieveByExternalId(String externalId, RequestOptions options) {
    return executor.execute(retrieveByExternalIdRequest(externalId, options));
  }

  /**
   * Retrieve a customer's state.
   *
   * <p>Retrieves everything the customer is entitled to now: active subscriptions ({@code
   * trialing}, {@code active}, {@code past_due}), granted benefits and meter balances for the
   * current period.
   */
  public CustomerState retrieveState(String customer) {
    return retrieveState(customer, RequestOptions.none());
  }

  /** {@link #retrieveState} with per-call options (idempotency key, retries, timeouts). */
  public CustomerState retrieveState(String customer, RequestOptions options) {
    return executor.execute(retrieveStateRequest(customer, options));
  }

  /**
   * List a customer's payment methods.
   *
   * <p>Lists the payment methods attached to a customer, newest first.
   */
  public Page<PaymentMethod> listPaymentMethods(String customer, CustomerListPaymentMethodsParams params) {
    return listPaymentMethods(customer, params, RequestOptions.none());
  }

  /** {@link #listPaymentMethods} with per-call options (idempotency key, retries, timeouts). */
  public Page<PaymentMethod> listPaymentMethods(String customer, CustomerListPaymentMethodsParams params, RequestOptions options) {
    return executor.execute(listPaymentMethodsRequest(customer, params, options));
  }

  static ApiRequest<Page<Customer>> listRequest(CustomerListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<Customer>> b =
        ApiRequest.listBuilder("/v1/customers", Customer.class, Customer::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("email", params.email().orElse(null));
      b.query("test_clock", params.testClock().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<Customer> createRequest(CustomerCreateParams params, RequestOptions options) {
    ApiRequest.Builder<Customer> b =
        ApiRequest.builder(Method.POST, "/v1/customers", Customer.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Customer> retrieveRequest(String customer, RequestOptions options) {
    ApiRequest.Builder<Customer> b =
        ApiRequest.builder(Method.GET, "/v1/customers/{customer}", Customer.class);
    b.pathParam("customer", customer);
    return b.options(options).build();
  }

  static ApiRequest<Customer> updateRequest(String customer, CustomerUpdateParams params, RequestOptions options) {
    ApiRequest.Builder<Customer> b =
        ApiRequest.builder(Method.POST, "/v1/customers/{customer}", Customer.class);
    b.pathParam("customer", customer);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<DeletedObject> deleteRequest(String customer, RequestOptions options) {
    ApiRequest.Builder<DeletedObject> b =
        ApiRequest.builder(Method.DELETE, "/v1/customers/{customer}", DeletedObject.class);
    b.pathParam("customer", customer);
    return b.options(options).build();
  }

  static ApiRequest<Customer> retrieveByExternalIdRequest(String externalId, RequestOptions options) {
    ApiRequest.Builder<Customer> b =
        ApiRequest.builder(Method.GET, "/v1/customers/external/{external_id}", Customer.class);
    b.pathParam("external_id", externalId);
    return b.options(options).build();
  }

  static ApiRequest<CustomerState> retrieveStateRequest(String customer, RequestOptions options) {
    ApiRequest.Builder<CustomerState> b =
        ApiRequest.builder(Method.GET, "/v1/customers/{customer}/state", CustomerState.class);
    b.pathParam("customer", customer);
    return b.options(options).build();
  }

  static ApiRequest<Page<PaymentMethod>> listPaymentMethodsRequest(String customer, CustomerListPaymentMethodsParams params, RequestOptions options) {
    ApiRequest.Builder<Page<PaymentMethod>> b =
        ApiRequest.listBuilder("/v1/customers/{customer}/payment_methods", PaymentMethod.class, PaymentMethod::id);
    b.pathParam("customer", customer);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
    }
    return b.options(options).build();
  }

  /** {@link CustomerService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link CustomerService#list} with the HTTP details. */
    public ApiResponse<Page<Customer>> list(CustomerListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link CustomerService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<Customer>> list(CustomerListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link CustomerService#create} with the HTTP details. */
    public ApiResponse<Customer> create(CustomerCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link CustomerService#create} with the HTTP details and per-call options. */
    public ApiResponse<Customer> create(CustomerCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link CustomerService#retrieve} with the HTTP details. */
    public ApiResponse<Customer> retrieve(String customer) {
      return retrieve(customer, RequestOptions.none());
    }

    /** {@link CustomerService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<Customer> retrieve(String customer, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(customer, options));
    }

    /** {@link CustomerService#update} with the HTTP details. */
    public ApiResponse<Customer> update(String customer, CustomerUpdateParams params) {
      return update(customer, params, RequestOptions.none());
    }

    /** {@link CustomerService#update} with the HTTP details and per-call options. */
    public ApiResponse<Customer> update(String customer, CustomerUpdateParams params, RequestOptions options) {
      return executor.executeRaw(updateRequest(customer, params, options));
    }

    /** {@link CustomerService#delete} with the HTTP details. */
    public ApiResponse<DeletedObject> delete(String customer) {
      return delete(customer, RequestOptions.none());
    }

    /** {@link CustomerService#delete} with the HTTP details and per-call options. */
    public ApiResponse<DeletedObject> delete(String customer, RequestOptions options) {
      return executor.executeRaw(deleteRequest(customer, options));
    }

    /** {@link CustomerService#retrieveByExternalId} with the HTTP details. */
    public ApiResponse<Customer> retrieveByExternalId(String externalId) {
      return retrieveByExternalId(externalId, RequestOptions.none());
    }

    /** {@link CustomerService#retrieveByExternalId} with the HTTP details and per-call options. */
    public ApiResponse<Customer> retrieveByExternalId(String externalId, RequestOptions options) {
      return executor.executeRaw(retrieveByExternalIdRequest(externalId, options));
    }

    /** {@link CustomerService#retrieveState} with the HTTP details. */
    public ApiResponse<CustomerState> retrieveState(String customer) {
      return retrieveState(customer, RequestOptions.none());
    }

    /** {@link CustomerService#retrieveState} with the HTTP details and per-call options. */
    public ApiResponse<CustomerState> retrieveState(String customer, RequestOptions options) {
      return executor.executeRaw(retrieveStateRequest(customer, options));
    }

    /** {@link CustomerService#listPaymentMethods} with the HTTP details. */
    public ApiResponse<Page<PaymentMethod>> listPaymentMethods(String customer, CustomerListPaymentMethodsParams params) {
      return listPaymentMethods(customer, params, RequestOptions.none());
    }

    /** {@link CustomerService#listPaymentMethods} with the HTTP details and per-call options. */
    public ApiResponse<Page<PaymentMethod>> listPaymentMethods(String customer, CustomerListPaymentMethodsParams params, RequestOptions options) {
      return executor.executeRaw(listPaymentMethodsRequest(customer, params, options));
    }
  }
}
