package dev.billkit.mock.internal.domain.usage;

import dev.billkit.mock.internal.domain.customer.CustomerStates;
import dev.billkit.mock.internal.domain.customer.MeterBalances;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.Scan;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.op.Work;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code meters} of the customer state: one {@code CustomerMeter} per meter on which the
 * customer has usage in the current period or a live credit. The current period is that of the
 * customer's newest active subscription ({@code current_period_start}/{@code _end}), else the
 * calendar month (UTC) of the customer's clock. Reads only. Stateless and thread-safe.
 */
public final class UsageBalances implements MeterBalances {
  private static final Set<String> ACTIVE = Set.of("trialing", "active", "past_due");

  @Override
  public List<Map<String, Object>> of(Work work, Map<String, Object> customer) {
    List<Map.Entry<String, byte[]>> meters = work.table(Meters.TABLE).entries();
    if (meters.isEmpty()) {
      return List.of();
    }
    String customerId = Fields.string(customer, "id");
    Instant[] period = period(work, customer);
    Map<String, Long> credits = MeterCredits.of(work, customerId);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : meters) {
      Map<String, Object> meter = Fields.read(e.getValue());
      List<Map<String, Object>> events =
          Meters.events(work, meter, customerId, period[0], period[1]);
      long credited = credits.getOrDefault(e.getKey(), 0L);
      if (events.isEmpty() && credited == 0) {
        continue;
      }
      long consumed = Meters.aggregate(meter, events);
      Map<String, Object> balance = new java.util.LinkedHashMap<>();
      balance.put("meter", e.getKey());
      balance.put("consumed_units", consumed);
      balance.put("credited_units", credited);
      balance.put("balance", credited - consumed);
      out.add(balance);
    }
    return out;
  }

  /** {@code [start, end)} of the customer's current period. */
  static Instant[] period(Work work, Map<String, Object> customer) {
    String id = Fields.string(customer, "id");
    Map<String, Object> sub =
        Scan.first(
            work,
            CustomerStates.SUBSCRIPTIONS,
            s -> id.equals(s.get("customer")) && ACTIVE.contains(Fields.string(s, "status")));
    if (sub != null
        && sub.get("current_period_start") != null
        && sub.get("current_period_end") != null) {
      return new Instant[] {
        Times.parse(Fields.string(sub, "current_period_start")),
        Times.parse(Fields.string(sub, "current_period_end"))
      };
    }
    ZonedDateTime now = work.nowFor(Fields.string(customer, "test_clock")).atZone(ZoneOffset.UTC);
    ZonedDateTime month = now.withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC);
    return new Instant[] {month.toInstant(), month.plusMonths(1).toInstant()};
  }
}
