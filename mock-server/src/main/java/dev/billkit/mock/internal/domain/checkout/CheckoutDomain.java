package dev.billkit.mock.internal.domain.checkout;

import dev.billkit.mock.internal.domain.catalog.Catalog;
import dev.billkit.mock.internal.domain.customer.CustomerStates;
import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.payment.ChargeOutcome;
import dev.billkit.mock.internal.domain.payment.Charges;
import dev.billkit.mock.internal.domain.payment.PaymentFollower;
import dev.billkit.mock.internal.domain.payment.PaymentMethods;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.op.Work;
import java.util.Map;

/**
 * The six checkout session operations, the expiry task, and the {@link #follower()} that finishes a
 * session waiting on 3D Secure. A one-time price is fulfilled here; a recurring one goes to the
 * {@link RecurringCheckout} seam. Immutable and thread-safe.
 */
public final class CheckoutDomain implements Domain {
  private static final String TABLE = CheckoutSessions.TABLE;
  private static final String PARAM = "checkout_session";

  private final CheckoutFulfilment fulfilment;
  private final RecurringCheckout recurring;

  /**
   * @param recurring confirms sessions of recurring prices (the subscriptions seam)
   */
  public CheckoutDomain(CustomerStates states, RecurringCheckout recurring) {
    this.fulfilment = new CheckoutFulfilment(states);
    this.recurring = recurring;
  }

  @Override
  public void register(Handlers handlers) {
    handlers
        .on("createCheckoutSession", call -> MockResponse.ok(CheckoutSessions.create(call)))
        .on("listCheckoutSessions", ListHandler.of(TABLE).equal("customer").equal("status"))
        .on(
            "retrieveCheckoutSession",
            call -> MockResponse.ok(call.require(TABLE, id(call), PARAM)))
        .on("expireCheckoutSession", CheckoutDomain::expireNow)
        .on(
            "retrieveCheckoutSessionByClientSecret",
            call ->
                MockResponse.ok(
                    call.require(
                        TABLE,
                        CheckoutSessions.idBySecret(call, call.pathParam("client_secret")),
                        PARAM)))
        .on("confirmCheckoutSession", this::confirm);
    handlers
        .tasks()
        .on(
            CheckoutSessions.EXPIRE,
            task -> {
              byte[] json = task.find(TABLE, task.objectId());
              if (json != null && "open".equals(Fields.read(json).get("status"))) {
                expire(task, task.objectId());
              }
            });
  }

  private static MockResponse expireNow(Call call) {
    StoredObject session = call.edit(TABLE, id(call), PARAM);
    useClockOfCustomer(call, session.fields());
    CheckoutSessions.TRANSITIONS.require(session.id(), session.string("status"), "expire");
    return MockResponse.ok(expire(call, session.id()));
  }

  /** {@code expired} ({@code checkout.expired}); its unfinished payment intent is canceled. */
  private static byte[] expire(Work work, String id) {
    StoredObject session = work.edit(TABLE, id, PARAM);
    byte[] json = session.set("status", "expired").save();
    work.emit("checkout.expired", json, null);
    work.cancelTasks(id, CheckoutSessions.EXPIRE);
    String pi = session.string("payment_intent");
    if (pi != null) {
      Charges.abandon(work, pi, "abandoned");
    }
    return json;
  }

  private MockResponse confirm(Call call) {
    String id = CheckoutSessions.idBySecret(call, call.pathParam("client_secret"));
    StoredObject session = call.edit(TABLE, id, PARAM);
    useClockOfCustomer(call, session.fields());
    String status = session.string("status");
    if (status.equals("open") && !call.now().isBefore(Times.parse(session.string("expires_at")))) {
      status = "expired";
    }
    CheckoutSessions.TRANSITIONS.require(id, status, "confirm");
    Map<String, Object> body = call.body();
    Catalog.Purchasable bought = Catalog.requirePurchasable(call, session.string("price"), "price");
    String pm =
        PaymentMethods.resolve(call, Fields.string(body, "payment_method"), "payment_method");
    if (bought.recurring()) {
      return MockResponse.ok(
          recurring.confirm(
              call, new RecurringCheckout.Confirmation(session.fields(), bought, pm, body)));
    }
    String email = Fields.string(body, "customer_email");
    email = email != null ? email : session.string("customer_email");
    String existing = CheckoutFulfilment.existingBuyer(call, session.fields(), email);
    if (existing != null) {
      Map<String, Object> customer = Customers.require(call, existing, "customer");
      Customers.useClockOf(call, customer);
      email = email != null ? email : Fields.string(customer, "email");
    } else if (email == null) {
      throw Errors.missing(
          "customer_email", "checkout session " + id + " has no customer or email yet; give one");
    }
    PaymentMethods.requireUsable(call, pm, existing, "payment_method");
    Map<String, Object> buyer = CheckoutFulfilment.BUYERS.getOrNew(call, id);
    buyer.put("name", body.get("customer_name"));
    buyer.put("billing_address", body.get("billing_address"));
    CheckoutFulfilment.BUYERS.put(call, id, buyer);
    long total = Fields.amount(session.fields(), "total_amount");
    String pi =
        total == 0 ? null : CheckoutSessions.paymentIntentFor(call, session, existing, total);
    session
        .set("status", "confirmed")
        .set("payment_method", pm)
        .set("customer_email", email)
        .set("payment_intent", pi)
        .set("last_payment_error", null)
        .saveAndEmit("checkout.updated");
    if (pi == null || Charges.preview(call, pm) == Charges.Preview.SUCCEED) {
      return MockResponse.ok(fulfilment.purchase(call, id, pi));
    }
    ChargeOutcome outcome = Charges.confirm(call, pi, pm);
    if (outcome.status() == ChargeOutcome.Status.DECLINED) {
      CheckoutFulfilment.reopen(call, id, outcome.paymentIntent().get("last_payment_error"));
      throw outcome.decline().committed();
    }
    return MockResponse.ok(call.require(TABLE, id, PARAM));
  }

  /**
   * Finishes a {@code confirmed} session when its payment intent changes through the payment intent
   * operations (see {@link CheckoutFulfilment#follower}).
   */
  public PaymentFollower follower() {
    return fulfilment.follower();
  }

  private static void useClockOfCustomer(Work work, Map<String, Object> session) {
    String customer = Fields.string(session, "customer");
    byte[] json = customer == null ? null : work.find(Customers.TABLE, customer);
    if (json != null) {
      Customers.useClockOf(work, Fields.read(json));
    }
  }

  private static String id(Call call) {
    return call.pathParam(PARAM);
  }
}
