package dev.billkit.mock.internal.op;

/**
 * Told of every event right after {@link Work#emit} stores it, inside the same unit of work: what
 * it changes or schedules (webhook delivery records, a delivery task) commits or rolls back with
 * the event. Work that must wait for the commit (sending HTTP) goes in {@link Work#afterCommit}.
 */
@FunctionalInterface
public interface EmitHook {
  /**
   * @param work the unit of work that emitted it
   * @param event the event's JSON, as stored in the {@code event} table
   */
  void emitted(Work work, byte[] event);
}
