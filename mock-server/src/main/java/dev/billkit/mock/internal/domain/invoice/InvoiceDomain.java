package dev.billkit.mock.internal.domain.invoice;

import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.payment.ChargeOutcome;
import dev.billkit.mock.internal.domain.payment.Charges;
import dev.billkit.mock.internal.domain.payment.PaymentIntents;
import dev.billkit.mock.internal.domain.payment.PaymentMethods;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ten invoice operations on one-off invoices (and any invoice for reads, pay, void and write
 * off). Requests act on the customer's timeline. Stateless and thread-safe.
 */
public final class InvoiceDomain implements Domain {
  private static final String TABLE = Invoices.TABLE;
  private static final String PARAM = "invoice";
  private static final Set<String> UNFINISHED =
      Set.of(
          "requires_payment_method",
          "requires_confirmation",
          "requires_action",
          "requires_capture");

  @Override
  public void register(Handlers handlers) {
    handlers
        .on("createInvoice", InvoiceDomain::create)
        .on(
            "listInvoices",
            ListHandler.of(TABLE).equal("customer").equal("subscription").equal("status"))
        .on("retrieveInvoice", call -> MockResponse.ok(call.require(TABLE, id(call), PARAM)))
        .on("updateInvoice", InvoiceDomain::update)
        .on("deleteInvoice", InvoiceDomain::delete)
        .on("addInvoiceLine", InvoiceDomain::addLine)
        .on(
            "finalizeInvoice",
            call -> MockResponse.ok(Invoices.finalizeDraft(open(call), id(call))))
        .on("payInvoice", InvoiceDomain::pay)
        .on("voidInvoice", InvoiceDomain::voidInvoice)
        .on("markInvoiceUncollectible", InvoiceDomain::markUncollectible);
  }

  private static MockResponse create(Call call) {
    Map<String, Object> body = call.body();
    String customer = Fields.string(body, "customer");
    Customers.useClockOf(call, Customers.require(call, customer, "customer"));
    String currency = Fields.string(body, "currency");
    List<Map<String, Object>> lines = new ArrayList<>();
    List<Object> given = Fields.list(body, "lines");
    for (int i = 0; i < given.size(); i++) {
      lines.add(
          InvoiceLines.of(call, Fields.asObject(given.get(i)), currency, "lines[" + i + "]."));
    }
    Map<String, Object> invoice =
        Invoices.createDraft(
            call,
            new Invoices.NewInvoice(
                customer,
                currency,
                "manual",
                null,
                Fields.string(body, "description"),
                body.get("metadata"),
                call.now(),
                call.now()),
            lines);
    return MockResponse.ok(call.require(TABLE, (String) invoice.get("id"), PARAM));
  }

  private static MockResponse update(Call call) {
    StoredObject invoice = call.edit(TABLE, id(call), PARAM);
    open(call);
    Invoices.TRANSITIONS.require(invoice.id(), invoice.string("status"), "update");
    invoice.copy(call.body(), "description").mergeMetadata(call.body().get("metadata"));
    return MockResponse.ok(invoice.saveAndEmit("invoice.updated"));
  }

  private static MockResponse delete(Call call) {
    Map<String, Object> invoice = Fields.read(call.require(TABLE, id(call), PARAM));
    open(call);
    Invoices.TRANSITIONS.require(id(call), Fields.string(invoice, "status"), "delete");
    if (invoice.get("subscription") != null) {
      throw ApiError.invalidState(
          "invoice", id(call), "draft of a subscription", "delete", List.of("finalize"));
    }
    byte[] json = call.require(TABLE, id(call), PARAM);
    call.table(TABLE).remove(id(call));
    call.emit("invoice.deleted", json, null);
    return MockResponse.ok(Fields.deleted(id(call), "invoice"));
  }

  private static MockResponse addLine(Call call) {
    StoredObject invoice = call.edit(TABLE, id(call), PARAM);
    open(call);
    Invoices.TRANSITIONS.require(invoice.id(), invoice.string("status"), "add lines to");
    List<Object> lines = new ArrayList<>(Fields.list(invoice.fields(), "lines"));
    if (lines.size() >= 100) {
      throw Errors.invalid(
          "invoice", "invoice " + invoice.id() + " already has 100 lines, the most");
    }
    lines.add(InvoiceLines.of(call, call.body(), invoice.string("currency"), ""));
    invoice.set("lines", lines);
    Invoices.total(invoice.fields());
    return MockResponse.ok(invoice.saveAndEmit("invoice.updated"));
  }

  private static MockResponse pay(Call call) {
    Map<String, Object> invoice = Fields.read(call.require(TABLE, id(call), PARAM));
    open(call);
    Invoices.TRANSITIONS.require(id(call), Fields.string(invoice, "status"), "pay");
    String given = Fields.string(call.body(), "payment_method");
    String pm =
        given != null
            ? PaymentMethods.resolve(call, given, "payment_method")
            : InvoicePayments.defaultPaymentMethod(call, invoice);
    if (pm == null) {
      throw Errors.missing(
          "payment_method",
          "invoice "
              + id(call)
              + " has no payment method to charge: give one, or set the customer's"
              + " default_payment_method");
    }
    InvoicePayments.Attempt attempt = InvoicePayments.attempt(call, id(call), pm);
    if (attempt.charge().status() == ChargeOutcome.Status.DECLINED) {
      throw attempt.charge().decline().committed();
    }
    return MockResponse.ok(attempt.invoiceJson());
  }

  private static MockResponse voidInvoice(Call call) {
    StoredObject invoice = call.edit(TABLE, id(call), PARAM);
    open(call);
    Invoices.TRANSITIONS.require(invoice.id(), invoice.string("status"), "void");
    String pi = invoice.string("payment_intent");
    if (pi != null
        && UNFINISHED.contains(
            Fields.read(call.require(PaymentIntents.TABLE, pi, "payment_intent")).get("status"))) {
      Charges.abandon(call, pi, "void_invoice");
    }
    Invoices.transitions(invoice).put("voided_at", call.nowText());
    byte[] json = invoice.set("status", "void").save();
    call.emit("invoice.voided", json, null);
    return MockResponse.ok(json);
  }

  private static MockResponse markUncollectible(Call call) {
    StoredObject invoice = call.edit(TABLE, id(call), PARAM);
    open(call);
    Invoices.TRANSITIONS.require(invoice.id(), invoice.string("status"), "mark_uncollectible");
    Invoices.transitions(invoice).put("marked_uncollectible_at", call.nowText());
    byte[] json = invoice.set("status", "uncollectible").save();
    call.emit("invoice.marked_uncollectible", json, null);
    return MockResponse.ok(json);
  }

  /** Makes the call act on the invoice's customer's timeline; returns the call. */
  private static Call open(Call call) {
    Map<String, Object> invoice = Fields.read(call.require(TABLE, id(call), PARAM));
    byte[] customer = call.find(Customers.TABLE, Fields.string(invoice, "customer"));
    if (customer != null) {
      Customers.useClockOf(call, Fields.read(customer));
    }
    return call;
  }

  private static String id(Call call) {
    return call.pathParam(PARAM);
  }
}
