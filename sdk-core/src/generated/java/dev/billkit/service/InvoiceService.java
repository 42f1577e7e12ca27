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
 * Bills (orders). Drafts, finalization, payment, void and write-off, with refund status
 * tracked separately.
 *
 * <p>Get it from {@code client.invoices()}. Thread-safe. Every method may throw a {@link
 * dev.billkit.errors.BillkitApiException} subclass (the server answered with an error) or a {@link
 * dev.billkit.errors.BillkitIoException} (no answer arrived: the request may have been applied, so
 * retry with the same idempotency key).
 */
public final class InvoiceService {
  private final RequestExecutor executor;
  private final WithRawResponse withRawResponse;

  /** Used by {@code BillkitClient}; not part of the API. */
  public InvoiceService(RequestExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** This service with every method returning the HTTP details too. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List invoices.
   *
   * <p>Lists invoices, newest first.
   */
  public Page<Invoice> list(InvoiceListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@link #list} with per-call options (idempotency key, retries, timeouts). */
  public Page<Invoice> list(InvoiceListParams params, RequestOptions options) {
    return executor.execute(listRequest(params, options));
  }

  /**
   * Create an invoice.
   *
   * <p>Creates a one-off {@code draft} invoice ({@code billing_reason=manual}) for a customer,
   * optionally with lines. Emits {@code invoice.created}.
   */
  public Invoice create(InvoiceCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options (idempotency key, retries, timeouts). */
  public Invoice create(InvoiceCreateParams params, RequestOptions options) {
    return executor.execute(createRequest(params, options));
  }

  /**
   * Retrieve an invoice.
   *
   * <p>Retrieves an invoice with its lines.
   */
  public Invoice retrieve(String invoice) {
    return retrieve(invoice, RequestOptions.none());
  }

  /** {@link #retrieve} with per-call options (idempotency key, retries, timeouts). */
  public Invoice retrieve(String invoice, RequestOptions options) {
    return executor.execute(retrieveRequest(invoice, options));
  }

  /**
   * Update a draft invoice.
   *
   * <p>Updates a {@code draft} invoice; other states are 400 {@code invalid_state_transition}.
   * Emits {@code invoice.updated}.
   */
  public Invoice update(String invoice, InvoiceUpdateParams params) {
    return update(invoice, params, RequestOptions.none());
  }

  /** {@link #update} with per-call options (idempotency key, retries, timeouts). */
  public Invoice update(String invoice, InvoiceUpdateParams params, RequestOptions options) {
    return executor.execute(updateRequest(invoice, params, options));
  }

  /**
   * Delete a draft invoice.
   *
   * <p>Deletes a one-off {@code draft} invoice; other states and subscription invoices are 400
   * {@code invalid_state_transition} (void an open invoice instead). Emits {@code
   * invoice.deleted}.
   */
  public DeletedObject delete(String invoice) {
    return delete(invoice, RequestOptions.none());
  }

  /** {@link #delete} with per-call options (idempotency key, retries, timeouts). */
  public DeletedObject delete(String invoice, RequestOptions options) {
    return executor.execute(deleteRequest(invoice, options));
  }

  /**
   * Add a line to a draft invoice.
   *
   * <p>Adds one line to a {@code draft} invoice (else 400 {@code invalid_state_transition})
   * and recomputes its totals. A {@code price} must be a one-time fixed price in the invoice's
   * currency. Emits {@code invoice.updated}.
   */
  public Invoice addLine(String invoice, InvoiceLineParams params) {
    return addLine(invoice, params, RequestOptions.none());
  }

  /** {@link #addLine} with per-call options (idempotency key, retries, timeouts). */
  public Invoice addLine(String invoice, InvoiceLineParams params, RequestOptions options) {
    return executor.execute(addLineRequest(invoice, params, options));
  }

  /**
   * Finalize a draft invoice.
   *
   * <p>Moves a {@code draft} invoice to {@code open} and assigns its number ({@code
   * invoice.finalized}); other states are 400 {@code invalid_state_transition}. An invoice
   * with a total of 0 is marked {@code paid} at once ({@code invoice.paid}). Subscription
   * invoices are finalized automatically.
   */
  public Invoice finalize(String invoice) {
    return finalize(invoice, RequestOptions.none());
  }

  /** {@link #finalize} with per-call options (idempotency key, retries, timeouts). */
  public Invoice finalize(String invoice, RequestOptions options) {
    return executor.execute(finalizeRequest(invoice, options));
  }

  /**
   * Pay an invoice.
   *
   * <p>Charges an {@code open} or {@code uncollectible} invoice now (else 400 {@code
   * invalid_state_transition}) with {@code payment_method}, the subscription's or the
   * customer's default. Success: {@code paid} ({@code invoice.paid}), and a {@code past_due}
   * or {@code unpaid} subscription becomes {@code active} ({@code subscription.updated},
   * {@code subscription.active}). A decline answers 402; the invoice stays as it was with
   * {@code attempt_count} increased ({@code invoice.payment_failed}).
   */
  public Invoice pay(String invoice, InvoicePayParams params) {
    return pay(invoice, params, RequestOptions.none());
  }

  /** {@link #pay} with per-call options (idempotency key, retries, timeouts). */
  public Invoice pay(String invoice, InvoicePayParams params, RequestOptions options) {
    return executor.execute(payRequest(invoice, params, options));
  }

  /**
   * Void an invoice.
   *
   * <p>Voids an {@code open} or {@code uncollectible} invoice (else 400 {@code
   * invalid_state_transition}); nothing is owed any more and a pending payment intent is
   * canceled. Emits {@code invoice.voided}.
   */
  public Invoice voidInvoice(String invoice) {
    return voidInvoice(invoice, RequestOptions.none());
  }

  /** {@link #voidInvoice} with per-call options (idempotency key, retries, timeouts). */
  public Invoice voidInvoice(String invoice, RequestOptions options) {
    return executor.execute(voidInvoiceRequest(invoice, options));
  }

  /**
   * Mark an invoice uncollectible.
   *
   * <p>Writes off an {@code open} invoice (else 400 {@code invalid_state_transition}). It can
   * still be paid or voided later. Emits {@code invoice.marked_uncollectible}.
   */
  public Invoice markUncollectible(String invoice) {
    return markUncollectible(invoice, RequestOptions.none());
  }

  /** {@link #markUncollectible} with per-call options (idempotency key, retries, timeouts). */
  public Invoice markUncollectible(String invoice, RequestOptions options) {
    return executor.execute(markUncollectibleRequest(invoice, options));
  }

  static ApiRequest<Page<Invoice>> listRequest(InvoiceListParams params, RequestOptions options) {
    ApiRequest.Builder<Page<Invoice>> b =
        ApiRequest.listBuilder("/v1/invoices", Invoice.class, Invoice::id);
    if (params != null) {
      b.query("limit", params.limit().orElse(null));
      b.query("starting_after", params.startingAfter().orElse(null));
      b.query("ending_before", params.endingBefore().orElse(null));
      b.query("created[gt]", params.createdGt().orElse(null));
      b.query("created[gte]", params.createdGte().orElse(null));
      b.query("created[lt]", params.createdLt().orElse(null));
      b.query("created[lte]", params.createdLte().orElse(null));
      b.query("customer", params.customer().orElse(null));
      b.query("subscription", params.subscription().orElse(null));
      b.query("status", params.statusValue().orElse(null));
    }
    return b.options(options).build();
  }

  static ApiRequest<Invoice> createRequest(InvoiceCreateParams params, RequestOptions options) {
    ApiRequest.Builder<Invoice> b =
        ApiRequest.builder(Method.POST, "/v1/invoices", Invoice.class);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Invoice> retrieveRequest(String invoice, RequestOptions options) {
    ApiRequest.Builder<Invoice> b =
        ApiRequest.builder(Method.GET, "/v1/invoices/{invoice}", Invoice.class);
    b.pathParam("invoice", invoice);
    return b.options(options).build();
  }

  static ApiRequest<Invoice> updateRequest(String invoice, InvoiceUpdateParams params, RequestOptions options) {
    ApiRequest.Builder<Invoice> b =
        ApiRequest.builder(Method.POST, "/v1/invoices/{invoice}", Invoice.class);
    b.pathParam("invoice", invoice);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<DeletedObject> deleteRequest(String invoice, RequestOptions options) {
    ApiRequest.Builder<DeletedObject> b =
        ApiRequest.builder(Method.DELETE, "/v1/invoices/{invoice}", DeletedObject.class);
    b.pathParam("invoice", invoice);
    return b.options(options).build();
  }

  static ApiRequest<Invoice> addLineRequest(String invoice, InvoiceLineParams params, RequestOptions options) {
    ApiRequest.Builder<Invoice> b =
        ApiRequest.builder(Method.POST, "/v1/invoices/{invoice}/lines", Invoice.class);
    b.pathParam("invoice", invoice);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Invoice> finalizeRequest(String invoice, RequestOptions options) {
    ApiRequest.Builder<Invoice> b =
        ApiRequest.builder(Method.POST, "/v1/invoices/{invoice}/finalize", Invoice.class);
    b.pathParam("invoice", invoice);
    return b.options(options).build();
  }

  static ApiRequest<Invoice> payRequest(String invoice, InvoicePayParams params, RequestOptions options) {
    ApiRequest.Builder<Invoice> b =
        ApiRequest.builder(Method.POST, "/v1/invoices/{invoice}/pay", Invoice.class);
    b.pathParam("invoice", invoice);
    b.body(params);
    return b.options(options).build();
  }

  static ApiRequest<Invoice> voidInvoiceRequest(String invoice, RequestOptions options) {
    ApiRequest.Builder<Invoice> b =
        ApiRequest.builder(Method.POST, "/v1/invoices/{invoice}/void", Invoice.class);
    b.pathParam("invoice", invoice);
    return b.options(options).build();
  }

  static ApiRequest<Invoice> markUncollectibleRequest(String invoice, RequestOptions options) {
    ApiRequest.Builder<Invoice> b =
        ApiRequest.builder(Method.POST, "/v1/invoices/{invoice}/mark_uncollectible", Invoice.class);
    b.pathParam("invoice", invoice);
    return b.options(options).build();
  }

  /** {@link InvoiceService} returning {@link ApiResponse}: status, headers, request id, key, attempts. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /** {@link InvoiceService#list} with the HTTP details. */
    public ApiResponse<Page<Invoice>> list(InvoiceListParams params) {
      return list(params, RequestOptions.none());
    }

    /** {@link InvoiceService#list} with the HTTP details and per-call options. */
    public ApiResponse<Page<Invoice>> list(InvoiceListParams params, RequestOptions options) {
      return executor.executeRaw(listRequest(params, options));
    }

    /** {@link InvoiceService#create} with the HTTP details. */
    public ApiResponse<Invoice> create(InvoiceCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /** {@link InvoiceService#create} with the HTTP details and per-call options. */
    public ApiResponse<Invoice> create(InvoiceCreateParams params, RequestOptions options) {
      return executor.executeRaw(createRequest(params, options));
    }

    /** {@link InvoiceService#retrieve} with the HTTP details. */
    public ApiResponse<Invoice> retrieve(String invoice) {
      return retrieve(invoice, RequestOptions.none());
    }

    /** {@link InvoiceService#retrieve} with the HTTP details and per-call options. */
    public ApiResponse<Invoice> retrieve(String invoice, RequestOptions options) {
      return executor.executeRaw(retrieveRequest(invoice, options));
    }

    /** {@link InvoiceService#update} with the HTTP details. */
    public ApiResponse<Invoice> update(String invoice, InvoiceUpdateParams params) {
      return update(invoice, params, RequestOptions.none());
    }

    /** {@link InvoiceService#update} with the HTTP details and per-call options. */
    public ApiResponse<Invoice> update(String invoice, InvoiceUpdateParams params, RequestOptions options) {
      return executor.executeRaw(updateRequest(invoice, params, options));
    }

    /** {@link InvoiceService#delete} with the HTTP details. */
    public ApiResponse<DeletedObject> delete(String invoice) {
      return delete(invoice, RequestOptions.none());
    }

    /** {@link InvoiceService#delete} with the HTTP details and per-call options. */
    public ApiResponse<DeletedObject> delete(String invoice, RequestOptions options) {
      return executor.executeRaw(deleteRequest(invoice, options));
    }

    /** {@link InvoiceService#addLine} with the HTTP details. */
    public ApiResponse<Invoice> addLine(String invoice, InvoiceLineParams params) {
      return addLine(invoice, params, RequestOptions.none());
    }

    /** {@link InvoiceService#addLine} with the HTTP details and per-call options. */
    public ApiResponse<Invoice> addLine(String invoice, InvoiceLineParams params, RequestOptions options) {
      return executor.executeRaw(addLineRequest(invoice, params, options));
    }

    /** {@link InvoiceService#finalize} with the HTTP details. */
    public ApiResponse<Invoice> finalize(String invoice) {
      return finalize(invoice, RequestOptions.none());
    }

    /** {@link InvoiceService#finalize} with the HTTP details and per-call options. */
    public ApiResponse<Invoice> finalize(String invoice, RequestOptions options) {
      return executor.executeRaw(finalizeRequest(invoice, options));
    }

    /** {@link InvoiceService#pay} with the HTTP details. */
    public ApiResponse<Invoice> pay(String invoice, InvoicePayParams params) {
      return pay(invoice, params, RequestOptions.none());
    }

    /** {@link InvoiceService#pay} with the HTTP details and per-call options. */
    public ApiResponse<Invoice> pay(String invoice, InvoicePayParams params, RequestOptions options) {
      return executor.executeRaw(payRequest(invoice, params, options));
    }

    /** {@link InvoiceService#voidInvoice} with the HTTP details. */
    public ApiResponse<Invoice> voidInvoice(String invoice) {
      return voidInvoice(invoice, RequestOptions.none());
    }

    /** {@link InvoiceService#voidInvoice} with the HTTP details and per-call options. */
    public ApiResponse<Invoice> voidInvoice(String invoice, RequestOptions options) {
      return executor.executeRaw(voidInvoiceRequest(invoice, options));
    }

    /** {@link InvoiceService#markUncollectible} with the HTTP details. */
    public ApiResponse<Invoice> markUncollectible(String invoice) {
      return markUncollectible(invoice, RequestOptions.none());
    }

    /** {@link InvoiceService#markUncollectible} with the HTTP details and per-call options. */
    public ApiResponse<Invoice> markUncollectible(String invoice, RequestOptions options) {
      return executor.executeRaw(markUncollectibleRequest(invoice, options));
    }
  }
}
