package dev.billkit.mock.internal.domain.payment;

import dev.billkit.mock.internal.domain.customer.CustomerStates;
import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.MockResponse;
import java.util.Map;

/**
 * The four payment method operations: create (from a test number or token), retrieve, attach and
 * detach. Creating one emits nothing (the catalogue has no payment method events); attach and
 * detach emit {@code customer.updated} when the customer's default changes. Immutable and
 * thread-safe.
 */
public final class PaymentMethodDomain implements Domain {
  private static final String PARAM = "payment_method";

  private final CustomerStates states;

  public PaymentMethodDomain(CustomerStates states) {
    this.states = states;
  }

  @Override
  public void register(Handlers handlers) {
    handlers
        .on(
            "createPaymentMethod",
            call ->
                MockResponse.ok(
                    call.require(
                        PaymentMethods.TABLE,
                        (String)
                            PaymentMethods.create(
                                    call,
                                    Fields.object(call.body(), "card"),
                                    call.body().get("metadata"))
                                .get("id"),
                        PARAM)))
        .on(
            "retrievePaymentMethod",
            call -> MockResponse.ok(call.require(PaymentMethods.TABLE, id(call), PARAM)))
        .on("attachPaymentMethod", this::attach)
        .on("detachPaymentMethod", this::detach);
  }

  private MockResponse attach(Call call) {
    String id = id(call);
    call.require(PaymentMethods.TABLE, id, PARAM);
    String customerId = Fields.string(call.body(), "customer");
    Map<String, Object> customer = Customers.require(call, customerId, "customer");
    Customers.useClockOf(call, customer);
    return MockResponse.ok(
        PaymentMethods.attach(
            call, states, id, customerId, Fields.flag(call.body(), "set_as_default")));
  }

  private MockResponse detach(Call call) {
    String id = id(call);
    String owner = Fields.string(PaymentMethods.require(call, id, PARAM), "customer");
    if (owner != null) {
      Customers.useClockOf(call, Customers.require(call, owner, "customer"));
    }
    return MockResponse.ok(PaymentMethods.detach(call, states, id));
  }

  private static String id(Call call) {
    return call.pathParam(PARAM);
  }
}
