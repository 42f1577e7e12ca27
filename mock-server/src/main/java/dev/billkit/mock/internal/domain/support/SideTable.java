package dev.billkit.mock.internal.domain.support;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.Work;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant table the API never shows: indexes ({@code external_id} to customer) and the hidden
 * state of objects (a card's test behaviour, an intent's failed confirmations). It is an ordinary
 * table of the tenant's store, so units of work undo it, {@code --data-dir} saves it and a rejected
 * request leaves it as it was. Names start with {@code _} so they never clash with a resource.
 * Immutable and thread-safe; the records are used under the tenant's lock like every table.
 */
public final class SideTable {
  private final String name;

  /**
   * @param name the table's name, starting with {@code _}
   */
  public SideTable(String name) {
    if (!name.startsWith("_")) {
      throw new IllegalArgumentException("side tables start with _: " + name);
    }
    this.name = name;
  }

  /** The record under {@code key}, or null. */
  public Map<String, Object> get(Work work, String key) {
    byte[] json = key == null ? null : work.table(name).get(key);
    return json == null ? null : Json.readObject(json);
  }

  /** The record under {@code key}, or an empty new one (not saved until {@link #put}). */
  public Map<String, Object> getOrNew(Work work, String key) {
    Map<String, Object> record = get(work, key);
    if (record == null) {
      record = new LinkedHashMap<>();
      record.put("id", key);
    }
    return record;
  }

  /** Writes a record under {@code key} (its {@code id} field is set to the key). */
  public void put(Work work, String key, Map<String, Object> record) {
    record.put("id", key);
    work.save(name, record);
  }

  /** Removes the record under {@code key}, if any. */
  public void remove(Work work, String key) {
    work.table(name).remove(key);
  }

  /** The next value of a per-tenant counter kept in this table (1, 2, 3…). */
  public long next(Work work, String counter) {
    Map<String, Object> record = getOrNew(work, counter);
    long value = Fields.amount(record, "value") + 1;
    record.put("value", value);
    put(work, counter, record);
    return value;
  }
}
