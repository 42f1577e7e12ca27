package dev.billkit.mock.internal.domain.payment;

import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.TaskRun;
import dev.billkit.mock.internal.op.Work;
import java.util.List;
import java.util.Map;

/**
 * The eight payment intent operations (with the 3D Secure test helper) and the expiry of uncaptured
 * authorizations. A request about an intent of a customer on a test clock acts on that clock. After
 * each change it tells the {@link PaymentFollower}s. Immutable and thread-safe.
 */
public final class PaymentIntentDomain implements Domain {
  private static final String TABLE = PaymentIntents.TABLE;
  private static final String PARAM = "payment_intent";

  private final List<PaymentFollower> followers;

  /**
   * @param followers told of every change, in order (invoices, checkout, subscriptions)
   */
  public PaymentIntentDomain(List<PaymentFollower> followers) {
    this.followers = List.copyOf(followers);
  }

  @Override
  public void register(Handlers handlers) {
    handlers
        .on("createPaymentIntent", this::create)
        .on("listPaymentIntents", ListHandler.of(TABLE).equal("customer").equal("status"))
        .on("retrievePaymentIntent", call -> MockResponse.ok(call.require(TABLE, id(call), PARAM)))
        .on("updatePaymentIntent", IntentUpdates::update)
        .on("confirmPaymentIntent", this::confirm)
        .on("capturePaymentIntent", this::capture)
        .on("cancelPaymentIntent", this::cancel)
        .on("authenticatePaymentIntent", this::authenticate);
    handlers.tasks().on(PaymentIntents.CAPTURE_EXPIRY, this::expire);
  }

  private MockResponse create(Call call) {
    Map<String, Object> body = call.body();
    long amount = Fields.amount(body, "amount");
    Errors.requireAmount("amount", amount, false);
    String customer = Fields.string(body, "customer");
    if (customer != null) {
      Customers.useClockOf(call, Customers.require(call, customer, "customer"));
    }
    String pm = Fields.string(body, "payment_method");
    boolean confirm = Fields.flag(body, "confirm");
    if (confirm && pm == null) {
      throw Errors.missing("payment_method", "confirm=true needs a payment method to charge");
    }
    if (pm != null) {
      pm = PaymentMethods.resolve(call, pm, "payment_method");
      PaymentMethods.requireUsable(call, pm, customer, "payment_method");
    }
    StoredObject pi =
        PaymentIntents.create(
            call,
            new PaymentIntents.NewIntent(
                amount,
                Fields.string(body, "currency"),
                customer,
                pm,
                Fields.string(body, "capture_method"),
                Fields.string(body, "description"),
                body.get("metadata"),
                null));
    if (!confirm) {
      return MockResponse.ok(call.require(TABLE, pi.id(), PARAM));
    }
    return answer(call, Charges.confirm(call, pi.id(), pm));
  }

  private MockResponse confirm(Call call) {
    StoredObject pi = open(call);
    PaymentIntents.TRANSITIONS.require(pi.id(), pi.string("status"), "confirm");
    String pm = Fields.string(call.body(), "payment_method");
    if (pm != null) {
      pm = PaymentMethods.resolve(call, pm, "payment_method");
    } else if (pi.string("payment_method") != null) {
      pm = pi.string("payment_method");
    } else {
      throw Errors.missing(
          "payment_method", "payment intent " + pi.id() + " has no payment method to charge");
    }
    return answer(call, Charges.confirm(call, pi.id(), pm));
  }

  private MockResponse capture(Call call) {
    StoredObject pi = open(call);
    PaymentIntents.TRANSITIONS.require(pi.id(), pi.string("status"), "capture");
    long capturable = Fields.amount(pi.fields(), "amount_capturable");
    long amount =
        call.body().containsKey("amount_to_capture")
            ? Fields.amount(call.body(), "amount_to_capture")
            : capturable;
    if (amount > capturable) {
      throw Errors.invalid(
          "amount_to_capture",
          "must be at most amount_capturable " + capturable + " (got " + amount + ")");
    }
    byte[] json = PaymentIntents.collect(call, pi, amount);
    tell(call, json, PaymentFollower.Change.SUCCEEDED);
    return MockResponse.ok(json);
  }

  private MockResponse cancel(Call call) {
    StoredObject pi = open(call);
    PaymentIntents.TRANSITIONS.require(pi.id(), pi.string("status"), "cancel");
    byte[] json =
        PaymentIntents.cancel(call, pi, Fields.string(call.body(), "cancellation_reason"));
    tell(call, json, PaymentFollower.Change.CANCELED);
    return MockResponse.ok(json);
  }

  private MockResponse authenticate(Call call) {
    StoredObject pi = open(call);
    PaymentIntents.TRANSITIONS.require(pi.id(), pi.string("status"), "authenticate");
    String pm = pi.string("payment_method");
    if ("fail".equals(call.body().get("outcome"))) {
      Map<String, Object> error = PaymentIntents.authenticationFailure(pm);
      byte[] json = PaymentIntents.fail(call, pi, error);
      tell(call, json, PaymentFollower.Change.AUTHENTICATION_FAILED);
      return MockResponse.ok(json);
    }
    PaymentMethods.markAuthenticated(call, pm);
    byte[] json = PaymentIntents.succeed(call, pi);
    tell(call, json, changeOf(Fields.read(json)));
    return MockResponse.ok(json);
  }

  private void expire(TaskRun task) {
    byte[] json = task.find(TABLE, task.objectId());
    if (json == null || !"requires_capture".equals(Fields.read(json).get("status"))) {
      return;
    }
    StoredObject pi = task.edit(TABLE, task.objectId(), PARAM);
    tell(task, PaymentIntents.cancel(task, pi, "automatic"), PaymentFollower.Change.CANCELED);
  }

  /** Answers a confirmation: the intent, or the committed 402 of a decline. */
  private MockResponse answer(Call call, ChargeOutcome outcome) {
    tell(call, outcome.paymentIntentJson(), changeOf(outcome.paymentIntent()));
    if (outcome.status() == ChargeOutcome.Status.DECLINED) {
      throw outcome.decline().committed();
    }
    return MockResponse.ok(outcome.paymentIntentJson());
  }

  private static PaymentFollower.Change changeOf(Map<String, Object> pi) {
    switch ((String) pi.get("status")) {
      case "succeeded":
        return PaymentFollower.Change.SUCCEEDED;
      case "requires_capture":
        return PaymentFollower.Change.AUTHORIZED;
      case "requires_action":
        return PaymentFollower.Change.REQUIRES_ACTION;
      default:
        return PaymentFollower.Change.DECLINED;
    }
  }

  private void tell(Work work, byte[] json, PaymentFollower.Change change) {
    Map<String, Object> pi = Fields.read(json);
    for (PaymentFollower follower : followers) {
      follower.changed(work, pi, change);
    }
  }

  /** Opens the intent of the path for editing, on its customer's timeline. */
  static StoredObject open(Call call) {
    StoredObject pi = call.edit(TABLE, id(call), PARAM);
    String customer = pi.string("customer");
    if (customer != null && call.find(Customers.TABLE, customer) != null) {
      Customers.useClockOf(call, Customers.require(call, customer, "customer"));
    }
    return pi;
  }

  private static String id(Call call) {
    return call.pathParam(PARAM);
  }
}
