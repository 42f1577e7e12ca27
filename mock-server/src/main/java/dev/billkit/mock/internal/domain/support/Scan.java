package dev.billkit.mock.internal.domain.support;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whole-table scans for the few lookups that have no index (a customer's payment methods, an
 * intent's checkout session). Tenants are test accounts, so their tables stay small; lookups that
 * every create needs use an index table instead (see {@link SideTable}). Stateless.
 */
public final class Scan {
  private Scan() {}

  /** The objects of {@code table} that match, newest first. */
  public static List<Map<String, Object>> newestFirst(
      Work work, String table, Predicate<Map<String, Object>> match) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<Map.Entry<String, byte[]>> entries = work.table(table).entries();
    for (int i = entries.size() - 1; i >= 0; i--) {
      Map<String, Object> object = Json.readObject(entries.get(i).getValue());
      if (match.test(object)) {
        out.add(object);
      }
    }
    return out;
  }

  /** The newest matching object, or null. */
  public static Map<String, Object> first(
      Work work, String table, Predicate<Map<String, Object>> match) {
    List<Map.Entry<String, byte[]>> entries = work.table(table).entries();
    for (int i = entries.size() - 1; i >= 0; i--) {
      Map<String, Object> object = Json.readObject(entries.get(i).getValue());
      if (match.test(object)) {
        return object;
      }
    }
    return null;
  }
}
