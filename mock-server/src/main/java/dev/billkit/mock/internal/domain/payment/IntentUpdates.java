package dev.billkit.mock.internal.domain.payment;

import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import java.util.List;
import java.util.Map;

/**
 * The update operation of payment intents: amount and payment method only before a successful
 * confirmation, never for an intent an invoice or checkout session drives; description and metadata
 * always. No event (the catalogue has no {@code payment_intent.updated}).
 */
final class IntentUpdates {
  private IntentUpdates() {}

  static MockResponse update(Call call) {
    StoredObject pi = PaymentIntentDomain.open(call);
    Map<String, Object> body = call.body();
    String status = pi.string("status");
    boolean money = body.containsKey("amount") || body.containsKey("payment_method");
    if (money
        && !status.equals("requires_payment_method")
        && !status.equals("requires_confirmation")) {
      throw ApiError.invalidState(
          "payment intent",
          pi.id(),
          status,
          "update the amount or payment method of",
          List.of("update (description, metadata)"));
    }
    String owner = PaymentIntents.owner(call, pi.fields());
    for (String field : new String[] {"amount", "customer"}) {
      if (owner != null && body.containsKey(field)) {
        throw Errors.invalid(
            field,
            "payment intent " + pi.id() + " belongs to " + owner + ", which sets its " + field);
      }
    }
    if (body.containsKey("customer")) {
      String customer = (String) body.get("customer");
      String current = pi.string("customer");
      if (current != null && !current.equals(customer)) {
        throw Errors.invalid(
            "customer", "payment intent " + pi.id() + " already belongs to customer " + current);
      }
      Customers.require(call, customer, "customer");
      pi.set("customer", customer);
    }
    if (body.containsKey("amount")) {
      long amount = Fields.amount(body, "amount");
      Errors.requireAmount("amount", amount, false);
      pi.set("amount", amount);
    }
    if (body.containsKey("payment_method")) {
      String pm =
          PaymentMethods.resolve(call, (String) body.get("payment_method"), "payment_method");
      PaymentMethods.requireUsable(call, pm, pi.string("customer"), "payment_method");
      pi.set("payment_method", pm).set("status", "requires_confirmation");
    }
    pi.copy(body, "description").mergeMetadata(body.get("metadata"));
    return MockResponse.ok(pi.save());
  }
}
