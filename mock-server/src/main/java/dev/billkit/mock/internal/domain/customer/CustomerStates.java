package dev.billkit.mock.internal.domain.customer;

import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.json.RawJson;
import dev.billkit.mock.internal.op.Work;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer-state view ({@code CustomerState}): the customer, its active subscriptions (status
 * trialing, active or past_due, from the {@value #SUBSCRIPTIONS} table), its granted benefits (from
 * the {@value #GRANTS} table) and its meter balances (from the {@link MeterBalances} seam). Every
 * domain that changes any of these calls {@link #emitChanged} after its own events, so that {@code
 * customer.state_changed} follows every change. Immutable and thread-safe; one instance is shared
 * by the domains that {@code BuiltInDomains} wires together.
 */
public final class CustomerStates {
  /** The subscriptions table (filled by the subscriptions work). */
  public static final String SUBSCRIPTIONS = "subscription";

  /** The benefit grants table (filled by the benefits work). */
  public static final String GRANTS = "benefit_grant";

  private static final Set<String> ACTIVE = Set.of("trialing", "active", "past_due");

  private final MeterBalances meters;

  /**
   * @param meters the meter balances seam; {@link MeterBalances#NONE} until meters exist
   */
  public CustomerStates(MeterBalances meters) {
    this.meters = meters;
  }

  /** The state of an existing customer as a {@code CustomerState} tree. */
  public Map<String, Object> of(Work work, String customerId) {
    byte[] customerJson = work.require(Customers.TABLE, customerId, "customer");
    Map<String, Object> customer = Json.readObject(customerJson);
    List<Object> subscriptions = new ArrayList<>();
    for (Map<String, Object> sub : scan(work, SUBSCRIPTIONS, customerId)) {
      if (ACTIVE.contains(Fields.string(sub, "status"))) {
        subscriptions.add(sub);
      }
    }
    List<Object> grants = new ArrayList<>();
    for (Map<String, Object> grant : scan(work, GRANTS, customerId)) {
      if (Fields.flag(grant, "is_granted")) {
        grants.add(grant);
      }
    }
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("object", "customer_state");
    state.put("customer", new RawJson(customerJson));
    state.put("active_subscriptions", subscriptions);
    state.put("granted_benefits", grants);
    state.put("meters", new ArrayList<Object>(meters.of(work, customer)));
    return state;
  }

  /** Emits {@code customer.state_changed} with the customer's current state. */
  public void emitChanged(Work work, String customerId) {
    work.emit("customer.state_changed", Json.write(of(work, customerId)), null);
  }

  private static List<Map<String, Object>> scan(Work work, String table, String customerId) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<Map.Entry<String, byte[]>> entries = work.table(table).entries();
    for (int i = entries.size() - 1; i >= 0; i--) {
      Map<String, Object> object = Json.readObject(entries.get(i).getValue());
      if (customerId.equals(object.get("customer"))) {
        out.add(object);
      }
    }
    return out;
  }
}
