package dev.billkit.mock.internal.op;

/**
 * Runs scheduled tasks of one kind (see {@link TaskKinds}). It gets a {@link TaskRun}: the task's
 * data and everything a handler has ({@code table}, {@code emit}, {@code schedule}…), with "now"
 * being the task's due time on its timeline. Its changes form their own unit of work: returning
 * commits them; throwing rolls them back (the task is dropped and the advance reports it), except
 * for an {@link ApiError#committed()} error, which commits. It must be deterministic and must check
 * that the object is still in the state the task was scheduled for (or the scheduler must cancel
 * the task when that state ends).
 */
@FunctionalInterface
public interface TaskHandler {
  /** Runs one due task. */
  void run(TaskRun task);
}
