package dev.billkit.mock.internal.domain.clock;

import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.TestClockHook;
import dev.billkit.mock.internal.op.Timelines;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five test clock operations of billing.yaml. A test clock is a timeline of its own (see {@link
 * Timelines}): objects attached to it live by its {@code frozen_time}, and advancing it runs their
 * due tasks in time order between the {@code test_helpers.test_clock.advancing} and {@code .ready}
 * events. A clock is deleted {@link #LIFETIME} after creation by account time (a task on the
 * account timeline), or by the delete operation; either way the {@link TestClockHook}s of the other
 * domains run first.
 */
public final class TestClockDomain implements Domain {
  /** How long after creation (account time) a clock is deleted automatically. */
  public static final Duration LIFETIME = Duration.ofDays(7);

  /** The account-timeline task that deletes a clock when its {@code deletes_after} comes. */
  public static final String EXPIRE = "test_clock.expire";

  private static final String TABLE = Timelines.TEST_CLOCKS;
  private static final String PARAM = "test_clock";

  @Override
  public void register(Handlers handlers) {
    handlers
        .on("createTestClock", TestClockDomain::create)
        .on("retrieveTestClock", call -> MockResponse.ok(call.require(TABLE, id(call), PARAM)))
        .on("listTestClocks", ListHandler.of(TABLE))
        .on("deleteTestClock", TestClockDomain::delete)
        .on("advanceTestClock", TestClockDomain::advance);
    handlers
        .tasks()
        .on(
            EXPIRE,
            task -> {
              if (task.find(TABLE, task.objectId()) != null) {
                deleteClock(task, task.objectId());
              }
            });
  }

  private static MockResponse create(Call call) {
    Instant created = call.now();
    Map<String, Object> clock = call.newObject(IdPrefix.TEST_CLOCK, "test_clock");
    clock.put("name", call.body().get("name"));
    clock.put("frozen_time", Times.format(Times.parse((String) call.body().get("frozen_time"))));
    clock.put("status", "ready");
    clock.put("deletes_after", Times.format(created.plus(LIFETIME)));
    byte[] json = call.save(TABLE, clock);
    call.scheduleOn(null, EXPIRE, created.plus(LIFETIME), (String) clock.get("id"), Map.of());
    return MockResponse.ok(json);
  }

  private static MockResponse delete(Call call) {
    String id = id(call);
    call.require(TABLE, id, PARAM);
    deleteClock(call, id);
    Map<String, Object> deleted = new LinkedHashMap<>();
    deleted.put("id", id);
    deleted.put("object", "test_clock");
    deleted.put("deleted", true);
    return MockResponse.ok(deleted);
  }

  /** Runs the other domains' hooks, then drops the clock's tasks and the clock itself. */
  private static void deleteClock(Work work, String id) {
    for (TestClockHook hook : work.handlers().testClockHooks()) {
      hook.deleting(work, id);
    }
    work.tenant().tasks().cancelTimeline(id);
    work.cancelTasks(id, EXPIRE);
    work.table(TABLE).remove(id);
  }

  private static MockResponse advance(Call call) {
    String id = id(call);
    StoredObject clock = call.edit(TABLE, id, PARAM);
    String status = clock.string("status");
    if (!status.equals("ready")) {
      throw ApiError.invalidState("test clock", id, status, "advance", List.of("delete"));
    }
    Instant from = Times.parse(clock.string("frozen_time"));
    Instant to = Times.parse((String) call.body().get("frozen_time"));
    if (!to.isAfter(from)) {
      throw invalidTime(
          "must be later than the clock's frozen_time " + Times.format(from), Times.format(to));
    }
    Instant limit = Times.plusYears(from, 2);
    if (to.isAfter(limit)) {
      throw invalidTime(
          "must be at most two years after the clock's frozen_time "
              + Times.format(from)
              + ", so at most "
              + Times.format(limit),
          Times.format(to));
    }
    call.useClock(id);
    byte[] advancing = clock.set("status", "advancing").save();
    call.emit("test_helpers.test_clock.advancing", advancing, null);
    Timelines.Advance done = Timelines.advanceFrom(call, id, to);
    StoredObject after = call.edit(TABLE, id, PARAM);
    if (!done.failures().isEmpty()) {
      after.set("status", "internal_failure").save();
      throw ApiError.internal(
              "Test clock "
                  + id
                  + " advanced to "
                  + Times.format(to)
                  + ", but "
                  + done.failures().size()
                  + " task(s) failed and were rolled back, so it is now internal_failure (delete"
                  + " it); this is a bug in the mock: "
                  + String.join("; ", done.failures()),
              false)
          .committed();
    }
    byte[] ready = after.set("status", "ready").save();
    call.emit("test_helpers.test_clock.ready", ready, null);
    return MockResponse.ok(ready);
  }

  private static ApiError invalidTime(String rule, String got) {
    return ApiError.invalidRequest(
        "parameter_invalid", "frozen_time: " + rule + " (got " + got + ")", "frozen_time");
  }

  private static String id(Call call) {
    return call.pathParam(PARAM);
  }
}
