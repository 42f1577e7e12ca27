// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.service;

import dev.billkit.ApiResponse;
import dev.billkit.Page;
import dev.billkit.RequestOptions;
import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.model.*;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous {@link InvoiceService}: the same operations, returning {@link CompletableFuture}s
 * that complete on the client's callback executor. Cancelling a future cancels its call.
 * Get it from {@code client.async().invoices()}. Thread-safe.
 */
public final class InvoiceServiceAsync {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClientAsync}; not part of the API. */
  public InvoiceServiceAsync(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every future holding the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link InvoiceService#list}. */
  public CompletableFuture<Page<Invoice>> list(InvoiceListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Asynchronous {@link InvoiceService#list} with per-call options. */
  public CompletableFuture<Page<Invoice>> list(InvoiceListParams params, RequestOptions options) {
    return executor.executeAsync(InvoiceService.listRequest(params, options));
  }

  /** Asynchronous {@link InvoiceService#create}. */
  public CompletableFuture<Invoice> create(InvoiceCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Asynchronous {@link InvoiceService#create} with per-call options. */
  public CompletableFuture<Invoice> create(InvoiceCreateParams params, RequestOptions options) {
    return executor.executeAsync(InvoiceService.createRequest(params, options));
  }

  /** Asynchronous {@link InvoiceService#retrieve}. */
  public CompletableFuture<Invoice> retrieve(String invoice) {
    return retrieve(invoice, RequestOptions.none());
  }

  /** Asynchronous {@link InvoiceService#retrieve} with per-call options. */
  public CompletableFuture<Invoice> retrieve(String invoice, RequestOptions options) {
    return executor.executeAsync(InvoiceService.retrieveRequest(invoice, options));
  }

  /** Asynchronous {@link InvoiceService#update}. */
  public CompletableFuture<Invoice> update(String invoice, InvoiceUpdateParams params) {
    return update(invoice, params, RequestOptions.none());
  }

  /** Asynchronous {@link InvoiceService#update} with per-call options. */
  public CompletableFuture<Invoice> update(String invoice, InvoiceUpdateParams params, RequestOptions options) {
    return executor.executeAsync(InvoiceService.updateRequest(invoice, params, options));
  }

  /** Asynchronous {@link InvoiceService#delete}. */
  public CompletableFuture<DeletedObject> delete(String invoice) {
    return delete(invoice, RequestOptions.none());
  }

  /** Asynchronous {@link InvoiceService#delete} with per-call options. */
  public CompletableFuture<DeletedObject> delete(String invoice, RequestOptions options) {
    return executor.executeAsync(InvoiceService.deleteRequest(invoice, options));
  }

  /** Asynchronous {@link InvoiceService#addLine}. */
  public CompletableFuture<Invoice> addLine(String invoice, InvoiceLineParams params) {
    return addLine(invoice, params, RequestOptions.none());
  }

  /** Asynchronous {@link InvoiceService#addLine} with per-call options. */
  public CompletableFuture<Invoice> addLine(String invoice, InvoiceLineParams params, RequestOptions options) {
    return executor.executeAsync(InvoiceService.addLineRequest(invoice, params, options));
  }

  /** Asynchronous {@link InvoiceService#finalize}. */
  public CompletableFuture<Invoice> finalize(String invoice) {
    return finalize(invoice, RequestOptions.none());
  }

  /** Asynchronous {@link InvoiceService#finalize} with per-call options. */
  public CompletableFuture<Invoice> finalize(String invoice, RequestOptions options) {
    return executor.executeAsync(InvoiceService.finalizeRequest(invoice, options));
  }

  /** Asynchronous {@link InvoiceService#pay}. */
  public CompletableFuture<Invoice> pay(String invoice, InvoicePayParams params) {
    return pay(invoice, params, RequestOptions.none());
  }

  /** Asynchronous {@link InvoiceService#pay} with per-call options. */
  public CompletableFuture<Invoice> pay(String invoice, InvoicePayParams params, RequestOptions options) {
    return executor.executeAsync(InvoiceService.payRequest(invoice, params, options));
  }

  /** Asynchronous {@link InvoiceService#voidInvoice}. */
  public CompletableFuture<Invoice> voidInvoice(String invoice) {
    return voidInvoice(invoice, RequestOptions.none());
  }

  /** Asynchronous {@link InvoiceService#voidInvoice} with per-call options. */
  public CompletableFuture<Invoice> voidInvoice(String invoice, RequestOptions options) {
    return executor.executeAsync(InvoiceService.voidInvoiceRequest(invoice, options));
  }

  /** Asynchronous {@link InvoiceService#markUncollectible}. */
  public CompletableFuture<Invoice> markUncollectible(String invoice) {
    return markUncollectible(invoice, RequestOptions.none());
  }

  /** Asynchronous {@link InvoiceService#markUncollectible} with per-call options. */
  public CompletableFuture<Invoice> markUncollectible(String invoice, RequestOptions options) {
    return executor.executeAsync(InvoiceService.markUncollectibleRequest(invoice, options));
  }

  /**
   * {@link InvoiceServiceAsync} whose futures hold an {@link ApiResponse}: status, headers, request
   * id, key, attempts.
   */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** Asynchronous {@link InvoiceService#list} with the HTTP details. */
    public CompletableFuture<ApiResponse<Page<Invoice>>> list(InvoiceListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Asynchronous {@link InvoiceService#list} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Page<Invoice>>> list(InvoiceListParams params, RequestOptions options) {
      return executor.executeRawAsync(InvoiceService.listRequest(params, options));
    }

    /** Asynchronous {@link InvoiceService#create} with the HTTP details. */
    public CompletableFuture<ApiResponse<Invoice>> create(InvoiceCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** Asynchronous {@link InvoiceService#create} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Invoice>> create(InvoiceCreateParams params, RequestOptions options) {
      return executor.executeRawAsync(InvoiceService.createRequest(params, options));
    }

    /** Asynchronous {@link InvoiceService#retrieve} with the HTTP details. */
    public CompletableFuture<ApiResponse<Invoice>> retrieve(String invoice) {
      return retrieve(invoice, RequestOptions.none());
    }

    /** Asynchronous {@link InvoiceService#retrieve} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Invoice>> retrieve(String invoice, RequestOptions options) {
      return executor.executeRawAsync(InvoiceService.retrieveRequest(invoice, options));
    }

    /** Asynchronous {@link InvoiceService#update} with the HTTP details. */
    public CompletableFuture<ApiResponse<Invoice>> update(String invoice, InvoiceUpdateParams params) {
      return update(invoice, params, RequestOptions.none());
    }

    /** Asynchronous {@link InvoiceService#update} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Invoice>> update(String invoice, InvoiceUpdateParams params, RequestOptions options) {
      return executor.executeRawAsync(InvoiceService.updateRequest(invoice, params, options));
    }

    /** Asynchronous {@link InvoiceService#delete} with the HTTP details. */
    public CompletableFuture<ApiResponse<DeletedObject>> delete(String invoice) {
      return delete(invoice, RequestOptions.none());
    }

    /** Asynchronous {@link InvoiceService#delete} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<DeletedObject>> delete(String invoice, RequestOptions options) {
      return executor.executeRawAsync(InvoiceService.deleteRequest(invoice, options));
    }

    /** Asynchronous {@link InvoiceService#addLine} with the HTTP details. */
    public CompletableFuture<ApiResponse<Invoice>> addLine(String invoice, InvoiceLineParams params) {
      return addLine(invoice, params, RequestOptions.none());
    }

    /** Asynchronous {@link InvoiceService#addLine} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Invoice>> addLine(String invoice, InvoiceLineParams params, RequestOptions options) {
      return executor.executeRawAsync(InvoiceService.addLineRequest(invoice, params, options));
    }

    /** Asynchronous {@link InvoiceService#finalize} with the HTTP details. */
    public CompletableFuture<ApiResponse<Invoice>> finalize(String invoice) {
      return finalize(invoice, RequestOptions.none());
    }

    /** Asynchronous {@link InvoiceService#finalize} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Invoice>> finalize(String invoice, RequestOptions options) {
      return executor.executeRawAsync(InvoiceService.finalizeRequest(invoice, options));
    }

    /** Asynchronous {@link InvoiceService#pay} with the HTTP details. */
    public CompletableFuture<ApiResponse<Invoice>> pay(String invoice, InvoicePayParams params) {
      return pay(invoice, params, RequestOptions.none());
    }

    /** Asynchronous {@link InvoiceService#pay} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Invoice>> pay(String invoice, InvoicePayParams params, RequestOptions options) {
      return executor.executeRawAsync(InvoiceService.payRequest(invoice, params, options));
    }

    /** Asynchronous {@link InvoiceService#voidInvoice} with the HTTP details. */
    public CompletableFuture<ApiResponse<Invoice>> voidInvoice(String invoice) {
      return voidInvoice(invoice, RequestOptions.none());
    }

    /** Asynchronous {@link InvoiceService#voidInvoice} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Invoice>> voidInvoice(String invoice, RequestOptions options) {
      return executor.executeRawAsync(InvoiceService.voidInvoiceRequest(invoice, options));
    }

    /** Asynchronous {@link InvoiceService#markUncollectible} with the HTTP details. */
    public CompletableFuture<ApiResponse<Invoice>> markUncollectible(String invoice) {
      return markUncollectible(invoice, RequestOptions.none());
    }

    /** Asynchronous {@link InvoiceService#markUncollectible} with the HTTP details and options. */
    public CompletableFuture<ApiResponse<Invoice>> markUncollectible(String invoice, RequestOptions options) {
      return executor.executeRawAsync(InvoiceService.markUncollectibleRequest(invoice, options));
    }
  }
}
