package dev.billkit.mock.internal.domain.refund;

import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.invoice.Invoices;
import dev.billkit.mock.internal.domain.payment.CardBehaviour;
import dev.billkit.mock.internal.domain.payment.PaymentIntents;
import dev.billkit.mock.internal.domain.payment.PaymentMethods;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.TaskRun;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.time.Duration;
import java.util.Map;

/**
 * The three refund operations and the settlement of pending refunds (billing-domain.md §3.4).
 * Refunds run under the tenant's exclusive lock like every POST, so concurrent refunds of one
 * payment are serialized and never return more than was received. Stateless and thread-safe.
 */
public final class RefundDomain implements Domain {
  /** How long a refund of the pending-refund card stays pending. */
  public static final Duration PENDING_FOR = Duration.ofDays(1);

  @Override
  public void register(Handlers handlers) {
    handlers
        .on("createRefund", RefundDomain::create)
        .on("listRefunds", ListHandler.of(Refunds.TABLE).equal("payment_intent").equal("invoice"))
        .on(
            "retrieveRefund",
            call ->
                MockResponse.ok(call.require(Refunds.TABLE, call.pathParam("refund"), "refund")));
    handlers.tasks().on(Refunds.SETTLE, RefundDomain::settlePending);
  }

  private static MockResponse create(Call call) {
    Map<String, Object> body = call.body();
    String piId = Fields.string(body, "payment_intent");
    String invoiceId = Fields.string(body, "invoice");
    if (piId != null && invoiceId != null) {
      throw Errors.exclusive("payment_intent", "invoice");
    }
    String param = "payment_intent";
    if (invoiceId != null) {
      param = "invoice";
      Map<String, Object> invoice = Fields.read(call.require(Invoices.TABLE, invoiceId, param));
      Invoices.TRANSITIONS.require(invoiceId, Fields.string(invoice, "status"), "refund");
      piId = Fields.string(invoice, "payment_intent");
      if (piId == null) {
        throw Errors.invalid(
            "invoice",
            "invoice " + invoiceId + " was paid without a payment (total 0); nothing to refund");
      }
    } else if (piId == null) {
      throw Errors.missing("payment_intent", "give the payment_intent or the invoice to refund");
    }
    Map<String, Object> pi = Fields.read(call.require(PaymentIntents.TABLE, piId, param));
    String customer = Fields.string(pi, "customer");
    byte[] customerJson = customer == null ? null : call.find(Customers.TABLE, customer);
    if (customerJson != null) {
      Customers.useClockOf(call, Fields.read(customerJson));
    }
    PaymentIntents.TRANSITIONS.require(piId, Fields.string(pi, "status"), "refund");
    long refundable = Refunds.refundable(call, pi);
    if (refundable == 0) {
      throw ApiError.invalidRequest(
          "charge_already_refunded",
          "payment intent "
              + piId
              + " is already fully refunded (or its refunds are pending): nothing is left to"
              + " refund",
          param);
    }
    long amount = body.containsKey("amount") ? Fields.amount(body, "amount") : refundable;
    if (amount > refundable) {
      throw ApiError.invalidRequest(
          "refund_exceeds_refundable",
          "amount: "
              + amount
              + " is more than the "
              + refundable
              + " still refundable on payment intent "
              + piId
              + " (received "
              + pi.get("amount_received")
              + ", refunded or pending "
              + (Fields.amount(pi, "amount_received") - refundable)
              + ")",
          "amount");
    }
    String invoice = Fields.string(pi, "invoice");
    boolean revoke = Fields.flag(body, "revoke_benefits");
    if (revoke && invoice != null) {
      byte[] invoiceJson = call.find(Invoices.TABLE, invoice);
      if (invoiceJson != null && Fields.read(invoiceJson).get("subscription") != null) {
        throw Errors.invalid(
            "revoke_benefits",
            "only for one-time purchases; invoice "
                + invoice
                + " bills a subscription, whose benefits end when the subscription is revoked");
      }
    }
    CardBehaviour card = PaymentMethods.behaviour(call, Fields.string(pi, "payment_method"));
    Map<String, Object> refund = call.newObject(IdPrefix.REFUND, "refund");
    refund.put("metadata", Metadata.of(body.get("metadata")));
    refund.put("payment_intent", piId);
    refund.put("invoice", invoice);
    refund.put("amount", amount);
    refund.put("currency", pi.get("currency"));
    boolean immediate = card != CardBehaviour.REFUND_PENDING && card != CardBehaviour.REFUND_FAIL;
    refund.put("status", immediate ? "succeeded" : "pending");
    refund.put("reason", body.get("reason"));
    refund.put("failure_reason", null);
    refund.put("revoke_benefits", revoke);
    String id = (String) refund.get("id");
    byte[] json = call.save(Refunds.TABLE, refund);
    call.emit("refund.created", json, null);
    if (immediate) {
      Refunds.settle(call, refund);
    } else if (card == CardBehaviour.REFUND_PENDING) {
      Refunds.hold(call, piId, amount);
      call.schedule(Refunds.SETTLE, call.now().plus(PENDING_FOR), id, Map.of());
    } else {
      // The refund-fail card: accepted, then the card network refuses it; the amount is
      // refundable again.
      StoredObject failed = call.edit(Refunds.TABLE, id, "refund");
      json =
          failed
              .set("status", "failed")
              .set("failure_reason", "expired_or_canceled_card")
              .saveAndEmit("refund.updated");
      call.emit("refund.failed", json, null);
    }
    return MockResponse.ok(json);
  }

  private static void settlePending(TaskRun task) {
    byte[] json = task.find(Refunds.TABLE, task.objectId());
    if (json == null || !"pending".equals(Fields.read(json).get("status"))) {
      return;
    }
    StoredObject refund = task.edit(Refunds.TABLE, task.objectId(), "refund");
    Refunds.hold(task, refund.string("payment_intent"), -Fields.amount(refund.fields(), "amount"));
    byte[] settled = refund.set("status", "succeeded").saveAndEmit("refund.updated");
    Refunds.settle(task, Fields.read(settled));
  }
}
