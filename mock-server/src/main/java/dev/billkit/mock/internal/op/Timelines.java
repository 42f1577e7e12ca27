package dev.billkit.mock.internal.op;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.tenant.Task;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.internal.tenant.UndoLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A tenant's timelines and the running of their tasks. The account timeline is the tenant clock;
 * each test clock is a timeline whose time is its object's {@code frozen_time} in the {@value
 * #TEST_CLOCKS} table. Time never moves by itself: {@link #advance} moves one timeline forward and
 * runs its due tasks in (due, id) order, moving the timeline to each task's due time first, each
 * task in its own unit of work. Tasks scheduled meanwhile run in the same advance when they fall
 * due within it. Stateless.
 */
public final class Timelines {
  /** The table of test clocks, whose {@code frozen_time} is each clock's time. */
  public static final String TEST_CLOCKS = "test_clock";

  /** A guard against tasks that reschedule themselves forever at the same instant. */
  public static final int MAX_TASKS_PER_ADVANCE = 1_000_000;

  private static final Logger LOG = Logger.getLogger(Timelines.class.getName());

  private Timelines() {}

  /**
   * The time of a timeline: the account clock for null, else the test clock's {@code frozen_time}.
   *
   * @throws IllegalArgumentException if there is no such test clock
   */
  public static Instant now(Tenant tenant, String testClockIdOrNull) {
    if (testClockIdOrNull == null) {
      return tenant.clock().now();
    }
    byte[] json = tenant.store().table(TEST_CLOCKS).get(testClockIdOrNull);
    if (json == null) {
      throw new IllegalArgumentException("no test clock " + testClockIdOrNull + " in this account");
    }
    return Times.parse((String) Json.readObject(json).get("frozen_time"));
  }

  /**
   * Moves a timeline forward to {@code to}, running every task due on it by then. The caller holds
   * the tenant's exclusive lock and has no unit of work open (see {@link #advanceFrom}). A failing
   * task is rolled back, dropped, logged and listed in the result; the advance goes on.
   *
   * @throws IllegalArgumentException if {@code to} is before the timeline's time
   */
  public static Advance advance(Tenant tenant, Handlers handlers, String clockId, Instant to) {
    if (tenant.undo().isOpenHere()) {
      throw new IllegalStateException("an advance runs its own units of work; none may be open");
    }
    Instant from = now(tenant, clockId);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("time only moves forward: " + to + " is before " + from);
    }
    int ran = 0;
    List<String> failures = new ArrayList<>();
    Task task;
    while ((task = tenant.tasks().next(clockId, to.getEpochSecond())) != null) {
      if (ran + failures.size() == MAX_TASKS_PER_ADVANCE) {
        throw new IllegalStateException(
            "more than "
                + MAX_TASKS_PER_ADVANCE
                + " tasks in one advance; next: "
                + task.describe());
      }
      moveTo(tenant, clockId, task.due());
      tenant.tasks().take(task);
      String failure = run(tenant, handlers, task);
      if (failure == null) {
        ran++;
      } else {
        failures.add(failure);
      }
    }
    moveTo(tenant, clockId, to);
    return new Advance(from, to, ran, failures);
  }

  /**
   * {@link #advance} from inside a request (the test clock's advance operation): what the call did
   * so far is committed first, the tasks run in their own units, then the call goes on in a new
   * unit.
   *
   * @throws IllegalStateException when called from a task: advances do not nest
   */
  public static Advance advanceFrom(Work work, String clockId, Instant to) {
    if (!(work instanceof Call)) {
      throw new IllegalStateException("a task cannot advance a timeline");
    }
    work.requireWritable();
    work.commitUnit();
    UndoLog undo = work.tenant().undo();
    undo.close();
    try {
      return advance(work.tenant(), work.handlers(), clockId, to);
    } finally {
      undo.open();
    }
  }

  /**
   * Runs the handler of task {@code kind} at once, in its own unit of work, as if a task were due
   * now on that timeline; the task is never stored. For work finished off the request threads, such
   * as recording a webhook delivery's outcome. The caller holds the tenant's exclusive lock and has
   * no unit of work open.
   *
   * @return null, or why it failed (it was rolled back and logged)
   * @throws IllegalArgumentException if the kind is not registered or the clock does not exist
   */
  public static String runNow(
      Tenant tenant,
      Handlers handlers,
      String clockId,
      String kind,
      String objectId,
      Map<String, String> args) {
    if (tenant.undo().isOpenHere()) {
      throw new IllegalStateException("runNow runs its own unit of work; none may be open");
    }
    if (handlers.tasks().get(kind) == null) {
      throw new IllegalArgumentException("no handler is registered for task kind " + kind);
    }
    long now = now(tenant, clockId).getEpochSecond();
    return run(tenant, handlers, new Task(0, kind, clockId, now, objectId, args));
  }

  private static void moveTo(Tenant tenant, String clockId, Instant time) {
    if (clockId == null) {
      tenant.clock().advanceTo(time);
      return;
    }
    byte[] json = tenant.store().table(TEST_CLOCKS).get(clockId);
    if (json == null) {
      return; // a task deleted the clock; its tasks are gone with it
    }
    Map<String, Object> clock = Json.readObject(json);
    clock.put("frozen_time", Times.format(time));
    tenant.store().table(TEST_CLOCKS).put(clockId, Json.write(clock));
  }

  /** Runs one task in its own unit of work; returns null, or why it failed. */
  private static String run(Tenant tenant, Handlers handlers, Task task) {
    TaskHandler handler = handlers.tasks().get(task.kind());
    if (handler == null) {
      LOG.severe(task.describe() + " was dropped: no handler is registered for its kind");
      return task.describe() + ": no handler is registered for kind " + task.kind();
    }
    TaskRun run = new TaskRun(tenant, handlers, task);
    UndoLog undo = tenant.undo();
    undo.open();
    try {
      handler.run(run);
      run.commitUnit();
      return null;
    } catch (ApiError e) {
      if (e.isCommitted()) {
        run.commitUnit();
        return null;
      }
      LOG.log(Level.SEVERE, task.describe() + " failed and was rolled back", e);
      return task.describe() + " failed: " + e.getMessage();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, task.describe() + " failed and was rolled back", e);
      return task.describe() + " failed: " + e;
    } finally {
      undo.close();
    }
  }

  /**
   * What an advance did.
   *
   * @param ran how many tasks ran and committed
   * @param failures one line per task that failed and was rolled back; empty when all went well
   */
  public record Advance(Instant from, Instant to, int ran, List<String> failures) {
    public Advance {
      failures = List.copyOf(failures);
    }
  }
}
