package dev.billkit.mock.internal.domain.refund;

import dev.billkit.mock.internal.domain.invoice.Invoices;
import dev.billkit.mock.internal.domain.payment.PaymentIntents;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.SideTable;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import java.util.Map;

/**
 * The money of refunds: what is still refundable on a payment ({@code amount_received} minus
 * succeeded and pending refunds), and the settlement of a refund into the payment intent's and
 * invoice's {@code amount_refunded}. Pending amounts are hidden state in a side table. Stateless.
 */
final class Refunds {
  static final String TABLE = "refund";
  static final String SETTLE = "refund.settle";

  private static final SideTable PENDING = new SideTable("_refunds_pending");

  private Refunds() {}

  /** What can still be refunded of a succeeded payment intent. */
  static long refundable(Work work, Map<String, Object> pi) {
    return Fields.amount(pi, "amount_received")
        - Fields.amount(pi, "amount_refunded")
        - pending(work, (String) pi.get("id"));
  }

  /** The total of the payment intent's pending refunds. */
  static long pending(Work work, String paymentIntent) {
    Map<String, Object> record = PENDING.get(work, paymentIntent);
    return record == null ? 0 : Fields.amount(record, "amount");
  }

  /** Adds (or, negative, removes) a pending amount. */
  static void hold(Work work, String paymentIntent, long amount) {
    Map<String, Object> record = PENDING.getOrNew(work, paymentIntent);
    record.put("amount", Fields.amount(record, "amount") + amount);
    PENDING.put(work, paymentIntent, record);
  }

  /**
   * A refund's money is returned: the payment intent's {@code amount_refunded} grows, and the
   * invoice's with its {@code refund_status} ({@code invoice.updated}).
   */
  static void settle(Work work, Map<String, Object> refund) {
    String piId = Fields.string(refund, "payment_intent");
    long amount = Fields.amount(refund, "amount");
    StoredObject pi = work.edit(PaymentIntents.TABLE, piId, "payment_intent");
    pi.set("amount_refunded", Fields.amount(pi.fields(), "amount_refunded") + amount).save();
    String invoice = Fields.string(refund, "invoice");
    if (invoice != null && work.find(Invoices.TABLE, invoice) != null) {
      Invoices.recordRefund(work, invoice, amount);
    }
  }
}
