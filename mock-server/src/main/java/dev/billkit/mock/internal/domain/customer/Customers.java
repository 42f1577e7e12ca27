package dev.billkit.mock.internal.domain.customer;

import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.SideTable;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Customers as the other domains use them: look-ups (by id, by {@code external_id}, by email),
 * creation with its events (a checkout creates its buyer here) and default payment method changes.
 * The {@code external_id} index is a side table, so uniqueness checks cost one look-up. Stateless.
 */
public final class Customers {
  /** The table of customers. */
  public static final String TABLE = "customer";

  static final SideTable EXTERNAL_IDS = new SideTable("_customer_external_id");

  private Customers() {}

  /** A customer, or 404 {@code resource_missing} naming {@code param}. */
  public static Map<String, Object> require(Work work, String id, String param) {
    return Fields.read(work.require(TABLE, id, param));
  }

  /** The id of the customer whose {@code external_id} is {@code externalId}, or null. */
  public static String idByExternalId(Work work, String externalId) {
    Map<String, Object> entry = EXTERNAL_IDS.get(work, externalId);
    return entry == null ? null : Fields.string(entry, "customer");
  }

  /** Makes the unit act on the customer's test clock (or the account clock). */
  public static void useClockOf(Work work, Map<String, Object> customer) {
    work.useClock(Fields.string(customer, "test_clock"));
  }

  /**
   * What a new customer is made of; {@code billingAddress} is an {@code AddressParams} map or null.
   */
  public record NewCustomer(
      String email,
      String name,
      String externalId,
      Map<String, Object> billingAddress,
      String defaultPaymentMethod,
      String testClock,
      Object metadata) {}

  /**
   * Creates a customer on the unit's timeline (call {@code useClock} with the test clock first) and
   * emits {@code customer.created} then {@code customer.state_changed}.
   *
   * @throws dev.billkit.mock.internal.op.ApiError 400 when the {@code external_id} is taken
   */
  public static Map<String, Object> create(Work work, CustomerStates states, NewCustomer draft) {
    requireFreeExternalId(work, draft.externalId(), null, "external_id");
    Map<String, Object> customer = work.newObject(IdPrefix.CUSTOMER, "customer");
    customer.put("metadata", Metadata.of(draft.metadata()));
    customer.put("email", draft.email());
    customer.put("name", draft.name());
    customer.put("external_id", draft.externalId());
    customer.put("billing_address", Addresses.of(draft.billingAddress()));
    customer.put("default_payment_method", draft.defaultPaymentMethod());
    customer.put("test_clock", draft.testClock());
    String id = (String) customer.get("id");
    indexExternalId(work, draft.externalId(), id);
    byte[] json = work.save(TABLE, customer);
    work.emit("customer.created", json, null);
    states.emitChanged(work, id);
    return customer;
  }

  /**
   * Sets a customer's default payment method; if it changed, emits {@code customer.updated} and
   * {@code customer.state_changed}.
   */
  public static void setDefaultPaymentMethod(
      Work work, CustomerStates states, String customerId, String paymentMethodId) {
    StoredObject customer = work.edit(TABLE, customerId, "customer");
    customer.set("default_payment_method", paymentMethodId);
    saveAndEmitUpdated(work, states, customer);
  }

  /** Saves an edited customer; if it changed, emits {@code customer.updated} and the state. */
  static byte[] saveAndEmitUpdated(Work work, CustomerStates states, StoredObject customer) {
    boolean changed = customer.changed();
    byte[] json = customer.saveAndEmit("customer.updated");
    if (changed) {
      states.emitChanged(work, customer.id());
    }
    return json;
  }

  /** 400 unless no customer but {@code self} has {@code externalId}. */
  static void requireFreeExternalId(Work work, String externalId, String self, String param) {
    if (externalId == null) {
      return;
    }
    String owner = idByExternalId(work, externalId);
    if (owner != null && !owner.equals(self)) {
      throw Errors.invalid(
          param,
          "'"
              + externalId
              + "' is already the external_id of customer "
              + owner
              + "; external ids are unique within the account (look it up with GET"
              + " /v1/customers/external/{external_id})");
    }
  }

  static void indexExternalId(Work work, String externalId, String customerId) {
    if (externalId != null) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("customer", customerId);
      EXTERNAL_IDS.put(work, externalId, entry);
    }
  }
}
