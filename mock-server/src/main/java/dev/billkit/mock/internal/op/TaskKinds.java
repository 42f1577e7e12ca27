package dev.billkit.mock.internal.op;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Task handlers by kind, filled by {@link Domain}s at start-up through {@link Handlers#tasks()}. A
 * kind is a dotted name owned by one domain, e.g. {@code payment_intent.capture_expiry}. Not
 * thread-safe while filled; read-only afterwards.
 */
public final class TaskKinds {
  private final Map<String, TaskHandler> byKind = new TreeMap<>();

  TaskKinds() {}

  /**
   * Registers the handler of a task kind.
   *
   * @throws IllegalStateException if the kind already has one
   */
  public TaskKinds on(String kind, TaskHandler handler) {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("a task kind needs a name");
    }
    if (byKind.putIfAbsent(kind, handler) != null) {
      throw new IllegalStateException("two handlers for task kind " + kind);
    }
    return this;
  }

  /** The handler of a kind, or null. */
  public TaskHandler get(String kind) {
    return byKind.get(kind);
  }

  /** Every registered kind with its handler, by name. */
  public Map<String, TaskHandler> all() {
    return Collections.unmodifiableMap(byKind);
  }
}
