package dev.billkit.mock.internal.domain.usage;

import dev.billkit.mock.internal.domain.catalog.Catalog;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.op.Work;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Usage as other domains need it. {@link #quantity} is what a metered price bills for a period (the
 * subscriptions work calls it for {@code [current_period_start, current_period_end)} on the renewal
 * invoice). Reads only, so it also works for a GET under the shared lock. Stateless.
 */
public final class Meters {
  /** The table of meters. */
  public static final String TABLE = Catalog.METERS;

  /** The table of usage events, in ingestion order. */
  public static final String USAGE_EVENTS = "usage_event";

  private Meters() {}

  /**
   * A customer's quantity on a meter over {@code [start, end)}: the meter's aggregation over the
   * customer's usage events whose name is the meter's {@code event_name}, that meet its filter and
   * whose {@code timestamp} falls in the range. Archived meters keep counting.
   *
   * @throws dev.billkit.mock.internal.op.ApiError 404 if there is no such meter
   */
  public static long quantity(
      Work work, String meterId, String customerId, Instant start, Instant end) {
    Map<String, Object> meter = Fields.read(work.require(TABLE, meterId, "meter"));
    return Aggregation.of(
        Fields.object(meter, "aggregation"), events(work, meter, customerId, start, end));
  }

  /**
   * The customer's usage events that count on {@code meter} in {@code [start, end)}, oldest first.
   */
  static List<Map<String, Object>> events(
      Work work, Map<String, Object> meter, String customerId, Instant start, Instant end) {
    String name = Fields.string(meter, "event_name");
    Map<String, Object> filter = Fields.object(meter, "filter");
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : work.table(USAGE_EVENTS).entries()) {
      Map<String, Object> event = Fields.read(e.getValue());
      if (!customerId.equals(event.get("customer")) || !name.equals(event.get("name"))) {
        continue;
      }
      Instant at = Times.parse(Fields.string(event, "timestamp"));
      if (!at.isBefore(start) && at.isBefore(end) && MeterFilters.matches(filter, event)) {
        out.add(event);
      }
    }
    return out;
  }

  /** The aggregation of a meter over events already selected for it. */
  static long aggregate(Map<String, Object> meter, List<Map<String, Object>> events) {
    return Aggregation.of(Fields.object(meter, "aggregation"), events);
  }
}
