package dev.billkit.mock.internal.op;

import dev.billkit.mock.internal.tenant.Task;
import dev.billkit.mock.internal.tenant.Tenant;
import java.time.Instant;

/**
 * One due task being run, as its {@link TaskHandler} sees it: the task's data plus everything of a
 * {@link Work}. Its timeline is the task's, and {@link #now()} is the task's due time, so objects
 * and events get the timestamp of their own moment. Events it emits carry {@code request: {id:
 * null, idempotency_key: null}}. Used by one thread.
 */
public final class TaskRun extends Work {
  private final Task task;

  TaskRun(Tenant tenant, Handlers handlers, Task task) {
    super(tenant, handlers, true, task.timeline());
    this.task = task;
  }

  /** The task being run. */
  public Task task() {
    return task;
  }

  /** The object it is about, or null. */
  public String objectId() {
    return task.objectId();
  }

  /** One of its arguments, or null. */
  public String arg(String name) {
    return task.arg(name);
  }

  /** When it was due: the time it runs at. */
  public Instant due() {
    return task.due();
  }

  @Override
  public String requestId() {
    return null;
  }

  @Override
  public String idempotencyKey() {
    return null;
  }
}
