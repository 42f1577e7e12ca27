package dev.billkit.mock.internal.domain.checkout;

import dev.billkit.mock.internal.domain.catalog.Catalog;
import dev.billkit.mock.internal.domain.customer.CustomerStates;
import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.invoice.InvoicePayments;
import dev.billkit.mock.internal.domain.invoice.Invoices;
import dev.billkit.mock.internal.domain.payment.ChargeOutcome;
import dev.billkit.mock.internal.domain.payment.Charges;
import dev.billkit.mock.internal.domain.payment.PaymentFollower;
import dev.billkit.mock.internal.domain.payment.PaymentIntents;
import dev.billkit.mock.internal.domain.payment.PaymentMethods;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.Scan;
import dev.billkit.mock.internal.domain.support.SideTable;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import java.util.List;
import java.util.Map;

/**
 * What happens once a session's payment is (or will be) collected: the buyer becomes a customer
 * (created or reused), a {@code purchase} invoice is created, finalized and paid, and the session
 * succeeds. Also reopening a session after a failed payment. Immutable and thread-safe.
 */
public final class CheckoutFulfilment {
  /** The buyer's name and address from the confirmation, kept until the customer is created. */
  static final SideTable BUYERS = new SideTable("_checkout_session_buyers");

  private final CustomerStates states;

  CheckoutFulfilment(CustomerStates states) {
    this.states = states;
  }

  /**
   * The existing customer who buys in this session, or null for a new one: the session's {@code
   * customer}, else the customer with its {@code external_customer_id}, else (with no external id)
   * the newest customer with the buyer's email.
   */
  public static String existingBuyer(Work work, Map<String, Object> session, String email) {
    String customer = Fields.string(session, "customer");
    if (customer != null) {
      return customer;
    }
    String externalId = Fields.string(session, "external_customer_id");
    if (externalId != null) {
      return Customers.idByExternalId(work, externalId);
    }
    Map<String, Object> byEmail =
        email == null ? null : Scan.first(work, Customers.TABLE, c -> email.equals(c.get("email")));
    return byEmail == null ? null : (String) byEmail.get("id");
  }

  /**
   * The customer who pays with {@code paymentMethod}: the existing buyer, or a new customer ({@code
   * customer.created}) with the session's email, external id and the confirmation's name and
   * address; the payment method is attached to them (a new customer's default).
   */
  public String buyer(Work work, Map<String, Object> session, String paymentMethod) {
    String email = Fields.string(session, "customer_email");
    String existing = existingBuyer(work, session, email);
    if (existing != null) {
      Customers.useClockOf(work, Customers.require(work, existing, "customer"));
      if (!existing.equals(
          Fields.string(
              PaymentMethods.require(work, paymentMethod, "payment_method"), "customer"))) {
        PaymentMethods.attach(work, states, paymentMethod, existing, false);
      }
      return existing;
    }
    Map<String, Object> buyer = BUYERS.getOrNew(work, (String) session.get("id"));
    PaymentMethods.requireAttachable(work, paymentMethod, null);
    Map<String, Object> customer =
        Customers.create(
            work,
            states,
            new Customers.NewCustomer(
                email,
                Fields.string(buyer, "name"),
                Fields.string(session, "external_customer_id"),
                Fields.object(buyer, "billing_address"),
                paymentMethod,
                null,
                null));
    String id = (String) customer.get("id");
    PaymentMethods.attach(work, states, paymentMethod, id, false);
    return id;
  }

  /**
   * Fulfils a one-time purchase: buyer, invoice ({@code invoice.created}, {@code .finalized}), the
   * payment (confirmed now unless it already succeeded, e.g. after 3D Secure), {@code
   * invoice.paid}, then the session succeeds. Returns the session's JSON.
   *
   * @param paymentIntent the session's payment intent, or null when nothing is charged (total 0)
   */
  byte[] purchase(Work work, String sessionId, String paymentIntent) {
    Map<String, Object> session =
        Fields.read(work.require(CheckoutSessions.TABLE, sessionId, "checkout_session"));
    String pm = Fields.string(session, "payment_method");
    String customer = buyer(work, session, pm);
    long amount = Fields.amount(session, "amount");
    String currency = Fields.string(session, "currency");
    Map<String, Object> product =
        Fields.read(work.require(Catalog.PRODUCTS, Fields.string(session, "product"), "product"));
    Map<String, Object> line =
        Invoices.line(
            "price",
            Fields.string(product, "name"),
            Fields.string(session, "price"),
            1,
            Long.toString(amount),
            amount,
            currency,
            null);
    Map<String, Object> created =
        Invoices.createDraft(
            work,
            new Invoices.NewInvoice(
                customer, currency, "purchase", null, null, null, work.now(), work.now()),
            List.of(line));
    String invoice = (String) created.get("id");
    Invoices.finalizeDraft(work, invoice);
    if (paymentIntent != null) {
      Charges.link(work, paymentIntent, customer, invoice);
      Map<String, Object> pi =
          Fields.read(work.require(PaymentIntents.TABLE, paymentIntent, "payment_intent"));
      if (!"succeeded".equals(pi.get("status"))) {
        ChargeOutcome outcome = Charges.confirm(work, paymentIntent, pm);
        if (outcome.status() != ChargeOutcome.Status.SUCCEEDED) {
          throw new IllegalStateException(
              "the charge of " + sessionId + " was predicted to succeed but " + outcome.status());
        }
      }
      InvoicePayments.markPaid(work, invoice, paymentIntent);
    }
    return complete(work, sessionId, customer, invoice, null);
  }

  /**
   * Ends a session well: {@code succeeded} with its customer, invoice and subscription ({@code
   * checkout.updated}, then {@code checkout.completed}). Returns its JSON.
   */
  public static byte[] complete(
      Work work, String sessionId, String customer, String invoice, String subscription) {
    StoredObject session = work.edit(CheckoutSessions.TABLE, sessionId, "checkout_session");
    session
        .set("status", "succeeded")
        .set("customer", customer)
        .set("last_payment_error", null)
        .set("invoice", invoice)
        .set("subscription", subscription)
        .set("completed_at", work.nowText());
    byte[] json = session.saveAndEmit("checkout.updated");
    work.emit("checkout.completed", json, null);
    BUYERS.remove(work, sessionId);
    return json;
  }

  /** Reopens a session whose payment failed, with the error ({@code checkout.updated}). */
  static byte[] reopen(Work work, String sessionId, Object paymentError) {
    StoredObject session = work.edit(CheckoutSessions.TABLE, sessionId, "checkout_session");
    session.set("status", "open").set("last_payment_error", paymentError);
    return session.saveAndEmit("checkout.updated");
  }

  /**
   * Finishes a {@code confirmed} session when its payment intent changes through the payment intent
   * operations: fulfilled on success, reopened with the error on a decline, a failed 3D Secure or a
   * cancellation.
   */
  PaymentFollower follower() {
    return (work, pi, change) -> {
      Map<String, Object> entry = CheckoutSessions.BY_INTENT.get(work, (String) pi.get("id"));
      if (entry == null) {
        return;
      }
      String id = Fields.string(entry, "session");
      Map<String, Object> session =
          Fields.read(work.require(CheckoutSessions.TABLE, id, "checkout_session"));
      if (!"confirmed".equals(session.get("status"))
          || !pi.get("id").equals(session.get("payment_intent"))) {
        return;
      }
      switch (change) {
        case SUCCEEDED:
          purchase(work, id, (String) pi.get("id"));
          break;
        case DECLINED:
        case AUTHENTICATION_FAILED:
        case CANCELED:
          CheckoutFulfilment.reopen(work, id, pi.get("last_payment_error"));
          break;
        default:
          break;
      }
    };
  }
}
