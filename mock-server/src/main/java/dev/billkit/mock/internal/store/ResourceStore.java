package dev.billkit.mock.internal.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A tenant's objects: one {@link Table} per resource name, made on first use. Not thread-safe:
 * guarded by the tenant's lock like its tables.
 */
public final class ResourceStore {
  private final Map<String, Table> tables = new TreeMap<>();
  private final Consumer<Runnable> undo;

  /** A store whose changes cannot be undone (tests of the tables alone). */
  public ResourceStore() {
    this(u -> {});
  }

  /**
   * @param undo receives the inverse of every change to a table (the tenant's undo log)
   */
  public ResourceStore(Consumer<Runnable> undo) {
    this.undo = undo;
  }

  /**
   * The table of {@code resource} (e.g. {@code customer}), created empty if needed. An empty table
   * is the same state as no table: saving state skips it.
   */
  public synchronized Table table(String resource) {
    return tables.computeIfAbsent(resource, name -> new Table(name, undo));
  }

  /** Every table by name, in name order (for saving state). */
  public synchronized Map<String, Table> tables() {
    return Collections.unmodifiableMap(new TreeMap<>(tables));
  }
}
