package dev.billkit.mock.internal.domain.usage;

import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.SideTable;
import dev.billkit.mock.internal.op.Work;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Units credited on meters by {@code meter_credit} benefit grants, one record per grant in a side
 * table. A live grant's units count as {@code credited_units} in every period (a one-time purchase
 * credits once, for good; a subscription's grant lives as long as the subscription); a revoked
 * grant's credit is gone. Rollover of unused units is not modelled. Stateless.
 */
public final class MeterCredits {
  static final SideTable CREDITS = new SideTable("_meter_credit");

  private MeterCredits() {}

  /** Credits {@code units} on {@code meterId} to a customer for as long as the grant lives. */
  public static void grant(
      Work work, String grantId, String customerId, String meterId, long units) {
    Map<String, Object> credit = new LinkedHashMap<>();
    credit.put("customer", customerId);
    credit.put("meter", meterId);
    credit.put("units", units);
    CREDITS.put(work, grantId, credit);
  }

  /** Takes a grant's credit back (nothing happens for a grant without one). */
  public static void revoke(Work work, String grantId) {
    CREDITS.remove(work, grantId);
  }

  /** The units currently credited to a customer, per meter id. */
  static Map<String, Long> of(Work work, String customerId) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : work.table("_meter_credit").entries()) {
      Map<String, Object> credit = Fields.read(e.getValue());
      if (customerId.equals(credit.get("customer"))) {
        out.merge(Fields.string(credit, "meter"), Fields.amount(credit, "units"), Long::sum);
      }
    }
    return out;
  }
}
