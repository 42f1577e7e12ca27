package dev.billkit.mock.internal.domain.invoice;

import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.payment.ChargeOutcome;
import dev.billkit.mock.internal.domain.payment.Charges;
import dev.billkit.mock.internal.domain.payment.PaymentFollower;
import dev.billkit.mock.internal.domain.payment.PaymentIntents;
import dev.billkit.mock.internal.domain.payment.PaymentMethods;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import java.util.Map;
import java.util.Set;

/**
 * Paying invoices through the charging component: one attempt ({@link #attempt}), marking paid, and
 * the {@link #FOLLOWER} that settles an invoice when its payment intent changes later (3D Secure,
 * or the payment intent operations). Stateless.
 */
public final class InvoicePayments {
  private static final Set<String> PENDING =
      Set.of("requires_payment_method", "requires_confirmation");

  private InvoicePayments() {}

  /** One payment attempt: the charge's outcome and the invoice after it (as stored). */
  public record Attempt(ChargeOutcome charge, byte[] invoiceJson) {}

  /**
   * The payment method to charge for an invoice when none is given: the subscription's {@code
   * default_payment_method} while still attached to the customer, else the customer's default; null
   * when there is none.
   */
  public static String defaultPaymentMethod(Work work, Map<String, Object> invoice) {
    String customerId = Fields.string(invoice, "customer");
    String subscription = Fields.string(invoice, "subscription");
    if (subscription != null) {
      byte[] sub = work.find("subscription", subscription);
      String pm = sub == null ? null : Fields.string(Fields.read(sub), "default_payment_method");
      if (pm != null
          && customerId.equals(
              Fields.string(PaymentMethods.require(work, pm, "payment_method"), "customer"))) {
        return pm;
      }
    }
    byte[] customer = work.find(Customers.TABLE, customerId);
    return customer == null ? null : Fields.string(Fields.read(customer), "default_payment_method");
  }

  /**
   * Charges an {@code open} or {@code uncollectible} invoice's remaining amount with a payment
   * method (its pending payment intent is reused; one waiting for 3D Secure is abandoned for a new
   * one). {@code attempt_count} goes up. Success: {@code paid} ({@code invoice.paid}); decline:
   * {@code invoice.payment_failed}, the invoice otherwise unchanged (throw {@code
   * attempt.charge().decline().committed()} to answer 402); 3D Secure: the invoice waits for the
   * intent to be authenticated ({@link #FOLLOWER} finishes it).
   */
  public static Attempt attempt(Work work, String invoiceId, String paymentMethodId) {
    Map<String, Object> invoice = Fields.read(work.require(Invoices.TABLE, invoiceId, "invoice"));
    Invoices.TRANSITIONS.require(invoiceId, (String) invoice.get("status"), "pay");
    String customer = Fields.string(invoice, "customer");
    PaymentMethods.requireUsable(work, paymentMethodId, customer, "payment_method");
    String previous = Fields.string(invoice, "payment_intent");
    ChargeOutcome outcome = null;
    if (previous != null) {
      Map<String, Object> pi = Fields.read(work.require(PaymentIntents.TABLE, previous, "invoice"));
      if (PENDING.contains(pi.get("status"))) {
        outcome = Charges.confirm(work, previous, paymentMethodId);
      } else {
        Charges.abandon(work, previous, "abandoned");
      }
    }
    if (outcome == null) {
      outcome =
          Charges.charge(
              work,
              customer,
              paymentMethodId,
              Fields.amount(invoice, "amount_remaining"),
              Fields.string(invoice, "currency"),
              invoiceId);
    }
    StoredObject edited = work.edit(Invoices.TABLE, invoiceId, "invoice");
    byte[] json =
        edited
            .set("attempt_count", Fields.amount(invoice, "attempt_count") + 1)
            .set("payment_intent", outcome.paymentIntentId())
            .save();
    switch (outcome.status()) {
      case SUCCEEDED:
        json = markPaid(work, invoiceId, outcome.paymentIntentId());
        break;
      case DECLINED:
        work.emit("invoice.payment_failed", json, null);
        break;
      default:
        break;
    }
    return new Attempt(outcome, json);
  }

  /**
   * Marks an open or uncollectible invoice {@code paid} in full ({@code invoice.paid}).
   *
   * @param paymentIntentId the payment that paid it, or null (nothing was owed)
   */
  public static byte[] markPaid(Work work, String invoiceId, String paymentIntentId) {
    StoredObject invoice = work.edit(Invoices.TABLE, invoiceId, "invoice");
    Invoices.transitions(invoice).put("paid_at", work.nowText());
    if (paymentIntentId != null) {
      invoice.set("payment_intent", paymentIntentId);
    }
    byte[] json =
        invoice
            .set("status", "paid")
            .set("amount_paid", invoice.get("amount_due"))
            .set("amount_remaining", 0L)
            .set("next_payment_attempt", null)
            .save();
    work.emit("invoice.paid", json, null);
    return json;
  }

  /**
   * Settles an open or uncollectible invoice when its current payment intent changes through the
   * payment intent operations: paid on success, {@code invoice.payment_failed} on a decline or a
   * failed 3D Secure. Attempts made there count in {@code attempt_count}.
   */
  public static final PaymentFollower FOLLOWER =
      (work, pi, change) -> {
        String invoiceId = Fields.string(pi, "invoice");
        byte[] found = invoiceId == null ? null : work.find(Invoices.TABLE, invoiceId);
        if (found == null) {
          return;
        }
        Map<String, Object> invoice = Fields.read(found);
        String status = Fields.string(invoice, "status");
        if (!pi.get("id").equals(invoice.get("payment_intent"))
            || !(status.equals("open") || status.equals("uncollectible"))) {
          return;
        }
        switch (change) {
          case SUCCEEDED:
            markPaid(work, invoiceId, null);
            break;
          case DECLINED:
          case REQUIRES_ACTION:
            StoredObject edited = work.edit(Invoices.TABLE, invoiceId, "invoice");
            byte[] json =
                edited.set("attempt_count", Fields.amount(invoice, "attempt_count") + 1).save();
            if (change == PaymentFollower.Change.DECLINED) {
              work.emit("invoice.payment_failed", json, null);
            }
            break;
          case AUTHENTICATION_FAILED:
            work.emit("invoice.payment_failed", found, null);
            break;
          default:
            break;
        }
      };
}
