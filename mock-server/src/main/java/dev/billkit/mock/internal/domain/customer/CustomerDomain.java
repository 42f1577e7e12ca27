package dev.billkit.mock.internal.domain.customer;

import dev.billkit.mock.internal.domain.payment.PaymentMethods;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.Scan;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import java.util.List;
import java.util.Map;

/**
 * The eight customer operations, and the deletion of a test clock's customers with their clock.
 * Every change emits {@code customer.created/updated/deleted}, and creation and updates also {@code
 * customer.state_changed}. Immutable and thread-safe.
 */
public final class CustomerDomain implements Domain {
  private static final String TABLE = Customers.TABLE;
  private static final String PARAM = "customer";

  private final CustomerStates states;
  private final List<CustomerDeletionHook> deletionHooks;

  /**
   * @param states the customer-state view shared with the other domains
   * @param deletionHooks told before a customer is deleted (the subscriptions seam)
   */
  public CustomerDomain(CustomerStates states, List<CustomerDeletionHook> deletionHooks) {
    this.states = states;
    this.deletionHooks = List.copyOf(deletionHooks);
  }

  @Override
  public void register(Handlers handlers) {
    ListHandler paymentMethods = ListHandler.of(PaymentMethods.TABLE).pathEqual(PARAM, "customer");
    handlers
        .on("createCustomer", this::create)
        .on("listCustomers", ListHandler.of(TABLE).equal("email").equal("test_clock"))
        .on("retrieveCustomer", call -> MockResponse.ok(call.require(TABLE, id(call), PARAM)))
        .on("updateCustomer", this::update)
        .on("deleteCustomer", this::delete)
        .on("retrieveCustomerByExternalId", CustomerDomain::byExternalId)
        .on("retrieveCustomerState", call -> MockResponse.ok(states.of(call, id(call))))
        .on(
            "listCustomerPaymentMethods",
            call -> {
              call.require(TABLE, id(call), PARAM);
              return paymentMethods.handle(call);
            });
    handlers.onTestClockDeleted(
        (work, clock) -> {
          for (Map<String, Object> customer :
              Scan.newestFirst(work, TABLE, c -> clock.equals(c.get("test_clock")))) {
            deleteCustomer(work, customer);
          }
        });
  }

  private MockResponse create(Call call) {
    Map<String, Object> body = call.body();
    String clock = Fields.string(body, "test_clock");
    if (clock != null) {
      call.require("test_clock", clock, "test_clock");
      call.useClock(clock);
    }
    String pm = Fields.string(body, "payment_method");
    if (pm != null) {
      pm = PaymentMethods.resolve(call, pm, "payment_method");
      PaymentMethods.requireAttachable(call, pm, null);
    }
    Map<String, Object> customer =
        Customers.create(
            call,
            states,
            new Customers.NewCustomer(
                Fields.string(body, "email"),
                Fields.string(body, "name"),
                Fields.string(body, "external_id"),
                Fields.object(body, "billing_address"),
                pm,
                clock,
                body.get("metadata")));
    String id = (String) customer.get("id");
    if (pm != null) {
      PaymentMethods.attach(call, states, pm, id, false);
    }
    return MockResponse.ok(call.require(TABLE, id, PARAM));
  }

  private MockResponse update(Call call) {
    StoredObject customer = call.edit(TABLE, id(call), PARAM);
    call.useClock(customer.string("test_clock"));
    Map<String, Object> body = call.body();
    if (body.containsKey("external_id")) {
      String next = (String) body.get("external_id");
      String current = customer.string("external_id");
      Customers.requireFreeExternalId(call, next, customer.id(), "external_id");
      if (current != null && !current.equals(next)) {
        Customers.EXTERNAL_IDS.remove(call, current);
      }
      Customers.indexExternalId(call, next, customer.id());
      customer.set("external_id", next);
    }
    if (body.containsKey("default_payment_method")) {
      String pm = (String) body.get("default_payment_method");
      String owner =
          Fields.string(PaymentMethods.require(call, pm, "default_payment_method"), "customer");
      if (!customer.id().equals(owner)) {
        throw Errors.invalid(
            "default_payment_method",
            "payment method "
                + pm
                + " is not attached to customer "
                + customer.id()
                + "; attach it first with POST /v1/payment_methods/"
                + pm
                + "/attach");
      }
      customer.set("default_payment_method", pm);
    }
    if (body.containsKey("billing_address")) {
      customer.set("billing_address", Addresses.of(Fields.object(body, "billing_address")));
    }
    customer.copy(body, "email", "name").mergeMetadata(body.get("metadata"));
    return MockResponse.ok(Customers.saveAndEmitUpdated(call, states, customer));
  }

  private MockResponse delete(Call call) {
    Map<String, Object> customer = Customers.require(call, id(call), PARAM);
    call.useClock(Fields.string(customer, "test_clock"));
    deleteCustomer(call, customer);
    return MockResponse.ok(Fields.deleted(id(call), "customer"));
  }

  /** Tells the hooks, detaches its payment methods, emits customer.deleted, removes it. */
  private void deleteCustomer(Work work, Map<String, Object> customer) {
    String id = (String) customer.get("id");
    for (CustomerDeletionHook hook : deletionHooks) {
      hook.deleting(work, customer);
    }
    for (Map<String, Object> pm :
        Scan.newestFirst(work, PaymentMethods.TABLE, p -> id.equals(p.get("customer")))) {
      PaymentMethods.detachForDeletion(work, (String) pm.get("id"));
    }
    byte[] json = work.require(TABLE, id, PARAM);
    String externalId = Fields.string(customer, "external_id");
    if (externalId != null) {
      Customers.EXTERNAL_IDS.remove(work, externalId);
    }
    work.table(TABLE).remove(id);
    work.emit("customer.deleted", json, null);
  }

  private static MockResponse byExternalId(Call call) {
    String externalId = call.pathParam("external_id");
    String id = Customers.idByExternalId(call, externalId);
    if (id == null) {
      throw ApiError.notFound("customer with external_id", "external_id", externalId);
    }
    return MockResponse.ok(call.require(TABLE, id, PARAM));
  }

  private static String id(Call call) {
    return call.pathParam(PARAM);
  }
}
