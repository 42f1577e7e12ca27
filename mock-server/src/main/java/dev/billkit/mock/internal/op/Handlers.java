package dev.billkit.mock.internal.op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Domain}s register at start-up: operation handlers by operationId, task kinds ({@link
 * #tasks()}), and hooks that let one domain react to another (a test clock being deleted, an event
 * being emitted). Not thread-safe while filled; read-only once the server runs.
 */
public final class Handlers {
  private final Map<String, Registration> byOperationId = new LinkedHashMap<>();
  private final TaskKinds tasks = new TaskKinds();
  private final List<TestClockHook> testClockHooks = new ArrayList<>();
  private final List<EmitHook> emitHooks = new ArrayList<>();

  /**
   * Registers the handler of {@code operationId}. It runs under the tenant's shared lock for GET
   * operations and under its exclusive lock otherwise.
   *
   * @throws IllegalStateException if the operation already has a handler
   */
  public Handlers on(String operationId, OperationHandler handler) {
    return add(operationId, handler, false);
  }

  /** Registers a handler that always runs under the tenant's exclusive lock (a GET that writes). */
  public Handlers onExclusive(String operationId, OperationHandler handler) {
    return add(operationId, handler, true);
  }

  private Handlers add(String operationId, OperationHandler handler, boolean exclusive) {
    if (byOperationId.putIfAbsent(operationId, new Registration(handler, exclusive)) != null) {
      throw new IllegalStateException("two handlers for operation " + operationId);
    }
    return this;
  }

  /** The task kinds: {@code handlers.tasks().on("invoice.retry", task -> …)}. */
  public TaskKinds tasks() {
    return tasks;
  }

  /** Adds a hook told when a test clock is deleted, in registration order. */
  public Handlers onTestClockDeleted(TestClockHook hook) {
    testClockHooks.add(hook);
    return this;
  }

  /** Adds a hook told of every emitted event, in registration order. */
  public Handlers onEmit(EmitHook hook) {
    emitHooks.add(hook);
    return this;
  }

  /** The test clock hooks, in registration order. */
  public List<TestClockHook> testClockHooks() {
    return Collections.unmodifiableList(testClockHooks);
  }

  /** The emit hooks, in registration order. */
  public List<EmitHook> emitHooks() {
    return Collections.unmodifiableList(emitHooks);
  }

  /** The registrations so far, by operationId. */
  public Map<String, Registration> all() {
    return Collections.unmodifiableMap(byOperationId);
  }

  /**
   * One registered handler.
   *
   * @param exclusive whether it needs the exclusive lock even for a GET
   */
  public record Registration(OperationHandler handler, boolean exclusive) {}
}
