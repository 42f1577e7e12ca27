package dev.billkit.mock.internal.domain.usage;

import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Times;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meter's {@code aggregation} over usage events: {@code count} events; {@code sum} and {@code
 * max} of an integer {@code metadata.<key>}; {@code last}, that integer on the latest event by
 * {@code timestamp} (the later ingested of a tie); {@code unique}, the number of distinct values.
 * Events without the property (or, but for {@code unique}, with a non-integer value) are left out;
 * no event at all gives 0. Stateless.
 */
final class Aggregation {
  private Aggregation() {}

  /**
   * @param aggregation the meter's {@code {func, property}}
   * @param events the usage events to aggregate, in ingestion order
   */
  static long of(Map<String, Object> aggregation, List<Map<String, Object>> events) {
    String func = Fields.string(aggregation, "func");
    if (func.equals("count")) {
      return events.size();
    }
    String key = Fields.string(aggregation, "property").substring("metadata.".length());
    long result = 0;
    Instant latest = null;
    Set<Object> distinct = new HashSet<>();
    for (Map<String, Object> event : events) {
      Map<String, Object> metadata = Fields.object(event, "metadata");
      if (!metadata.containsKey(key)) {
        continue;
      }
      Object value = metadata.get(key);
      if (func.equals("unique")) {
        distinct.add(
            value instanceof Long ? value : value.getClass().getSimpleName() + ":" + value);
        continue;
      }
      if (!(value instanceof Long)) {
        continue;
      }
      long n = (Long) value;
      switch (func) {
        case "sum":
          result = Math.addExact(result, n);
          break;
        case "max":
          result = latest == null ? n : Math.max(result, n);
          latest = Instant.EPOCH; // marks that a value was seen
          break;
        default: // last
          Instant at = Times.parse(Fields.string(event, "timestamp"));
          if (latest == null || !at.isBefore(latest)) {
            latest = at;
            result = n;
          }
      }
    }
    return func.equals("unique") ? distinct.size() : result;
  }
}
