package dev.billkit.mock.internal.domain.invoice;

import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.SideTable;
import dev.billkit.mock.internal.domain.support.Transitions;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * THE INVOICE MACHINERY, shared by one-off invoices, checkout purchases and (the subscriptions
 * work) subscription invoices: create a draft with lines and a period, keep its totals, finalize it
 * (a total of 0 is paid at once), record refunds. Payment is in {@link InvoicePayments}. The state
 * machine is billing-domain.md §3.3. Call inside a unit of work acting on the customer's timeline.
 * Stateless.
 */
public final class Invoices {
  /** The table of invoices. */
  public static final String TABLE = "invoice";

  /** The calls each status allows. */
  public static final Transitions TRANSITIONS =
      new Transitions(
          "invoice",
          Map.of(
              "draft", List.of("update", "add lines to", "finalize", "delete"),
              "open", List.of("pay", "void", "mark_uncollectible"),
              "uncollectible", List.of("pay", "void"),
              "paid", List.of("refund"),
              "void", List.of()));

  private static final SideTable NUMBERS = new SideTable("_invoice_numbers");

  private Invoices() {}

  /**
   * What a new invoice is about.
   *
   * @param billingReason {@code purchase}, {@code subscription_create}, {@code subscription_cycle},
   *     {@code subscription_update} or {@code manual}
   * @param subscription the subscription it bills, or null
   * @param periodStart the billed period; for one-off invoices the creation time
   */
  public record NewInvoice(
      String customer,
      String currency,
      String billingReason,
      String subscription,
      String description,
      Object metadata,
      Instant periodStart,
      Instant periodEnd) {}

  /** Creates a {@code draft} with these lines and emits {@code invoice.created}. */
  public static Map<String, Object> createDraft(
      Work work, NewInvoice draft, List<Map<String, Object>> lines) {
    Map<String, Object> invoice = work.newObject(IdPrefix.INVOICE, "invoice");
    invoice.put("metadata", Metadata.of(draft.metadata()));
    invoice.put("customer", draft.customer());
    invoice.put("subscription", draft.subscription());
    invoice.put("status", "draft");
    invoice.put("billing_reason", draft.billingReason());
    invoice.put("currency", draft.currency());
    invoice.put("description", draft.description());
    invoice.put("number", null);
    invoice.put("lines", new ArrayList<Object>(lines));
    invoice.put("subtotal", 0L);
    invoice.put("discount_amount", 0L);
    invoice.put("tax_amount", 0L);
    invoice.put("total", 0L);
    invoice.put("amount_due", 0L);
    invoice.put("amount_paid", 0L);
    invoice.put("amount_remaining", 0L);
    invoice.put("amount_refunded", 0L);
    invoice.put("refund_status", "none");
    invoice.put("attempt_count", 0L);
    invoice.put("next_payment_attempt", null);
    invoice.put("payment_intent", null);
    invoice.put("period_start", Times.format(draft.periodStart()));
    invoice.put("period_end", Times.format(draft.periodEnd()));
    Map<String, Object> transitions = new LinkedHashMap<>();
    transitions.put("finalized_at", null);
    transitions.put("paid_at", null);
    transitions.put("voided_at", null);
    transitions.put("marked_uncollectible_at", null);
    invoice.put("status_transitions", transitions);
    total(invoice);
    byte[] json = work.save(TABLE, invoice);
    work.emit("invoice.created", json, null);
    return invoice;
  }

  /**
   * An {@code InvoiceLine}.
   *
   * @param type {@code price}, {@code metered} or {@code custom}
   * @param price the price for price and metered lines, else null
   * @param unitAmountDecimal the price of one unit, e.g. {@code "2000"} or {@code "0.05"}
   * @param amount the line total, already rounded (and capped for metered lines)
   * @param period the service period of subscription lines, else null
   */
  public static Map<String, Object> line(
      String type,
      String description,
      String price,
      long quantity,
      String unitAmountDecimal,
      long amount,
      String currency,
      Map<String, Object> period) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", type);
    line.put("description", description);
    line.put("price", price);
    line.put("quantity", quantity);
    line.put("unit_amount_decimal", unitAmountDecimal);
    line.put("amount", amount);
    line.put("currency", currency);
    line.put("period", period);
    return line;
  }

  /** A {@code Period} {@code [start, end)}. */
  public static Map<String, Object> period(Instant start, Instant end) {
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("start", Times.format(start));
    period.put("end", Times.format(end));
    return period;
  }

  /** Recomputes subtotal, total, amount due and remaining from the lines. */
  static void total(Map<String, Object> invoice) {
    long subtotal = 0;
    for (Object line : Fields.list(invoice, "lines")) {
      subtotal = Math.addExact(subtotal, Fields.amount(Fields.asObject(line), "amount"));
    }
    long total =
        subtotal - Fields.amount(invoice, "discount_amount") + Fields.amount(invoice, "tax_amount");
    invoice.put("subtotal", subtotal);
    invoice.put("total", total);
    invoice.put("amount_due", total);
    invoice.put("amount_remaining", total - Fields.amount(invoice, "amount_paid"));
  }

  /**
   * Finalizes a draft: {@code open} with its number ({@code invoice.finalized}); a total of 0 is
   * then paid at once ({@code invoice.paid}). Does not charge: pay it with {@link
   * InvoicePayments#attempt}.
   */
  public static byte[] finalizeDraft(Work work, String id) {
    StoredObject invoice = work.edit(TABLE, id, "invoice");
    TRANSITIONS.require(id, invoice.string("status"), "finalize");
    transitions(invoice).put("finalized_at", work.nowText());
    long number = NUMBERS.next(work, "invoice");
    byte[] json =
        invoice.set("status", "open").set("number", String.format("INV-%06d", number)).save();
    work.emit("invoice.finalized", json, null);
    if (Fields.amount(invoice.fields(), "total") == 0) {
      return InvoicePayments.markPaid(work, id, null);
    }
    return json;
  }

  /** The {@code status_transitions} map of an edited invoice (changes count as changes). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> transitions(StoredObject invoice) {
    Map<String, Object> copy =
        new LinkedHashMap<>((Map<String, Object>) invoice.get("status_transitions"));
    invoice.set("status_transitions", copy);
    return copy;
  }

  /**
   * Adds a succeeded refund to the invoice: {@code amount_refunded} and the derived {@code
   * refund_status}, emitting {@code invoice.updated} with the previous values.
   */
  public static void recordRefund(Work work, String id, long amount) {
    StoredObject invoice = work.edit(TABLE, id, "invoice");
    long refunded = Fields.amount(invoice.fields(), "amount_refunded") + amount;
    long paid = Fields.amount(invoice.fields(), "amount_paid");
    invoice
        .set("amount_refunded", refunded)
        .set("refund_status", refunded == 0 ? "none" : refunded < paid ? "partial" : "full");
    invoice.saveAndEmit("invoice.updated");
  }
}
