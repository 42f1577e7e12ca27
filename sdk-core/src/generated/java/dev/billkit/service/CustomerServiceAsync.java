// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link CustomerService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().customers()}. Thread-safe.
 */
public final class CustomerServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public CustomerServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link CustomerService#list}. */
  public CompletableFuture<Page<Customer>> list(CustomerListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link CustomerService#list} with per-call options. */
  public CompletableFuture<Page<Customer>> list(CustomerListParams params, RequestOptions options) {
    return executor.executeAsync(CustomerService.listRequest(params, options));
  }

  /** Asynchronous {@link CustomerService#create}. */
  public CompletableFuture<Customer> create(CustomerCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link CustomerService#create} with per-call options. */
  public CompletableFuture<Customer> create(CustomerCreateParams params, RequestOptions options) {
    return executor.executeAsync(CustomerService.createRequest(params, options));
  }

  /** Asynchronous {@link CustomerService#retrieve}. */
  public CompletableFuture<Customer> retrieve(String customer) {
    return retrieve(customer, RequestOptions.none());
  }

  /** Asynchronous {@link CustomerService#retrieve} with per-call options. */
  public CompletableFuture<Customer> retrieve(String customer, RequestOptions options) {
    return executor.executeAsync(CustomerService.retrieveRequest(customer, options));
  }

  /** Asynchronous {@link CustomerService#update}. */
  public CompletableFuture<Customer> update(String customer, CustomerUpdateParams params) {
    return update(customer, params, RequestOptions.none());
  }

  /** Asynchronous {@link CustomerService#update} with per-call options. */
  public CompletableFuture<Customer> update(String customer, CustomerUpdateParams params, RequestOptions options) {
    return executor.executeAsync(CustomerService.updateRequest(customer, params, options));
  }

  /** Asynchronous {@link CustomerService#delete}. */
  public CompletableFuture<DeletedObject> delete(String customer) {
    return delete(customer, RequestOptions.none());
  }

  /** Asynchronous {@link CustomerService#delete} with per-call options. */
  public CompletableFuture<DeletedObject> delete(String customer, RequestOptions options) {
    return executor.executeAsync(CustomerService.deleteRequest(customer, options));
  }

  /** Asynchronous {@link CustomerService#retrieveByExternalId}. */
  public CompletableFuture<Customer> retrieveByExternalId(String externalId) {
    return retrieveByExternalId(externalId, RequestOptions.none());
  }

  /** Asynchronous {@link CustomerService#retrieveByExternalId} with per-call options. */
  public CompletableFuture<Customer> retrieveByExternalId(String externalId, RequestOptions options) {
    return executor.executeAsync(CustomerService.retrieveByExternalIdRequest(externalId, options));
  }

  /** Asynchronous {@link CustomerService#retrieveState}. */
  public CompletableFuture<CustomerState> retrieveState(String customer) {
    return retrieveState(customer, RequestOptions.none());
  }

  /** Asynchronous {@link CustomerService#retrieveState} with per-call options. */
  public CompletableFuture<CustomerState> retrieveState(String customer, RequestOptions options) {
    return executor.executeAsync(CustomerService.retrieveStateRequest(customer, options));
  }

  /** Asynchronous {@link CustomerService#listPaymentMethods}. */
  public CompletableFuture<Page<PaymentMethod>> listPaymentMethods(String customer, CustomerListPaymentMethodsParams params) {
    return listPaymentMethods(customer, params, RequestOptions.none());
  }

  /** Asynchronous {@link CustomerService#listPaymentMethods} with per-call options. */
  public CompletableFuture<Page<PaymentMethod>> listPaymentMethods(String customer, CustomerListPaymentMethodsParams params, RequestOptions options) {
    return executor.executeAsync(CustomerService.listPaymentMethodsRequest(customer, params, options));
  }

  /**
   * {@link CustomerServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link CustomerService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<Customer>>> list(CustomerListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link CustomerService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<Customer>>> list(CustomerListParams params, RequestOptions options) {
      return executor.executeRawAsync(CustomerService.listRequest(params, options));
    }

    /** Asynchronous {@link CustomerService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<Customer>> create(CustomerCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link CustomerService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Customer>> create(CustomerCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(CustomerService.createRequest(params, options));
    }

    /** Asynchronous {@link CustomerService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<Customer>> retrieve(String customer) {
      return retrieve(customer, RequestOptions.none());
    }

    /** Asynchronous {@link CustomerService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Customer>> retrieve(String customer, RequestOptions options) {
      return executor.executeRawAsync(CustomerService.retrieveRequest(customer, options));
    }

    /** Asynchronous {@link CustomerService#update} with the HTTP details. */
    public CompletableFuture<ApiResponse<Customer>> update(String customer, CustomerUpdateParams params) {
      return update(customer, params, RequestOptions.none());
    }

    /** Asynchronous {@link CustomerService#update} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Customer>> update(String customer, CustomerUpdateParams params, RequestOptions options) {
      return executor.executeRawAsync(CustomerService.updateRequest(customer, params, options));
    }

    /** Asynchronous {@link CustomerService#delete} with the HTTP details. */
    public CompletableFuture<ApiResponse<DeletedObject>> delete(String customer) {
      return delete(customer, RequestOptions.none());
    }

    /** Asynchronous {@link CustomerService#delete} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<DeletedObject>> delete(String customer, RequestOptions options) {
      return executor.executeRawAsync(CustomerService.deleteRequest(customer, options));
    }

    /** Asynchronous {@link CustomerService#retrieveByExternalId} with the HTTP details. */
    public CompletableFuture<ApiResponse<Customer>> retrieveByExternalId(String externalId) {
      return retrieveByExternalId(externalId, RequestOptions.none());
    }

    /** Asynchronous {@link CustomerService#retrieveByExternalId} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Customer>> retrieveByExternalId(String externalId, RequestOptions options) {
      return executor.executeRawAsync(CustomerService.retrieveByExternalIdRequest(externalId, options));
    }

    /** Asynchronous {@link CustomerService#retrieveState} with the HTTP details. */
    public CompletableFuture<ApiResponse<CustomerState>> retrieveState(String customer) {
      return retrieveState(customer, RequestOptions.none());
    }

    /** Asynchronous {@link CustomerService#retrieveState} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<CustomerState>> retrieveState(String customer, RequestOptions options) {
      return executor.executeRawAsync(CustomerService.retrieveStateRequest(customer, options));
    }

    /** Asynchronous {@link CustomerService#listPaymentMethods} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<PaymentMethod>>> listPaymentMethods(String customer, CustomerListPaymentMethodsParams params) {
      return listPaymentMethods(customer, params, RequestOptions.none());
    }

    /** Asynchronous {@link CustomerService#listPaymentMethods} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<PaymentMethod>>> listPaymentMethods(String customer, CustomerListPaymentMethodsParams params, RequestOptions options) {
      return executor.executeRawAsync(CustomerService.listPaymentMethodsRequest(customer, params, options));
    }
  }
}
