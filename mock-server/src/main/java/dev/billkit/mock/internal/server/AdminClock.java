package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.Timelines;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.tenant.Task;
import dev.billkit.mock.internal.tenant.Tenant;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /_mock/clock} and {@code POST /_mock/clock/advance}: the tenant's account clock, and
 * moving it forward for tests. Advancing runs the account timeline's due tasks exactly as a test
 * clock's advance runs its own (checkout and authorization expiry of objects on no test clock, test
 * clock auto-deletion…). Test clocks keep their own time.
 */
final class AdminClock {
  /** The furthest one call may move the clock: ten years of 365 days. */
  static final long MAX_SECONDS = 10L * 365 * 24 * 60 * 60;

  private AdminClock() {}

  static Map<String, Object> view(Tenant tenant) {
    tenant.lock().readLock().lock();
    try {
      return clock(tenant, "mock_clock");
    } finally {
      tenant.lock().readLock().unlock();
    }
  }

  static Map<String, Object> advance(Tenant tenant, Handlers handlers, Map<String, Object> body) {
    Object to = body.get("to");
    Object seconds = body.get("seconds");
    if (to != null && seconds != null) {
      throw ApiError.invalidRequest(
          "parameters_exclusive", "to and seconds cannot be used together: give one", "seconds");
    }
    if (to == null && seconds == null) {
      throw ApiError.invalidRequest(
          "parameter_missing",
          "give either to (the new time, a date-time) or seconds (how far to move)",
          "to");
    }
    tenant.lock().writeLock().lock();
    try {
      Instant from = tenant.clock().now();
      Instant target = to != null ? Times.parse((String) to) : from.plusSeconds((Long) seconds);
      if (target.isBefore(from)) {
        throw ApiError.invalidRequest(
            "parameter_invalid",
            "to: the account clock only moves forward; it is "
                + Times.format(from)
                + " (got "
                + Times.format(target)
                + ")",
            "to");
      }
      if (target.getEpochSecond() - from.getEpochSecond() > MAX_SECONDS) {
        throw ApiError.invalidRequest(
            "parameter_invalid",
            "to: must be at most ten years after the account clock's "
                + Times.format(from)
                + ", so at most "
                + Times.format(from.plusSeconds(MAX_SECONDS))
                + " (got "
                + Times.format(target)
                + ")",
            "to");
      }
      Timelines.Advance done = Timelines.advance(tenant, handlers, null, target);
      if (!done.failures().isEmpty()) {
        throw ApiError.internal(
            "The clock advanced to "
                + Times.format(target)
                + ", but "
                + done.failures().size()
                + " task(s) failed and were rolled back; this is a bug in the mock: "
                + String.join("; ", done.failures()),
            false);
      }
      Map<String, Object> answer = clock(tenant, "mock_clock_advance");
      answer.put("from", Times.format(from));
      answer.put("tasks_run", (long) done.ran());
      return answer;
    } finally {
      tenant.lock().writeLock().unlock();
    }
  }

  private static Map<String, Object> clock(Tenant tenant, String object) {
    List<Task> pending = tenant.tasks().pending(null);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("object", object);
    out.put("now", tenant.clock().nowText());
    out.put("pending_tasks", (long) pending.size());
    out.put("next_task_at", pending.isEmpty() ? null : Times.format(pending.get(0).due()));
    return out;
  }
}
