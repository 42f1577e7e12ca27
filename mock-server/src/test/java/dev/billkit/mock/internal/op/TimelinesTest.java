package dev.billkit.mock.internal.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.tenant.IdPrefix;
import dev.billkit.mock.internal.tenant.Task;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.internal.tenant.Tenants;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scheduled tasks on the account timeline and on test clock timelines. */
class TimelinesTest {
  private final Handlers handlers = new Handlers();
  private final Tenant tenant = new Tenants(0, 10).get("sk_test_timelines");
  private final Instant start = tenant.clock().now();
  private final List<String> ran = new ArrayList<>();

  TimelinesTest() {
    handlers
        .tasks()
        .on(
            "test.record",
            task -> {
              ran.add(task.arg("name") + "@" + task.nowText());
              task.emit("thing.touched", Json.write(Map.of("id", task.objectId())), null);
            })
        .on(
            "test.repeat",
            task -> {
              ran.add("repeat@" + task.nowText());
              int left = Integer.parseInt(task.arg("left"));
              if (left > 0) {
                task.schedule(
                    "test.repeat",
                    task.now().plus(Duration.ofDays(1)),
                    task.objectId(),
                    Map.of("left", String.valueOf(left - 1)));
              }
            })
        .on(
            "test.fail",
            task -> {
              task.save("thing", Map.of("id", "half-done"));
              throw new IllegalStateException("task bug");
            });
  }

  /** Runs {@code body} as a committed request. */
  private void request(OperationHandler body) {
    new Call(null, tenant, handlers, true, "/v1/x", Map.of(), Map.of(), Map.of(), "req_1", null)
        .execute(body);
  }

  private Task schedule(String clock, String kind, Duration after, String object, String name) {
    List<Task> out = new ArrayList<>();
    request(
        call -> {
          Instant due = call.nowFor(clock).plus(after);
          out.add(call.scheduleOn(clock, kind, due, object, Map.of("name", name, "left", name)));
          return MockResponse.ok(Map.of());
        });
    return out.get(0);
  }

  private Timelines.Advance advance(String clock, Duration by) {
    tenant.lock().writeLock().lock();
    try {
      return Timelines.advance(tenant, handlers, clock, Timelines.now(tenant, clock).plus(by));
    } finally {
      tenant.lock().writeLock().unlock();
    }
  }

  private String createClock(String id, String frozenTime) {
    request(
        call -> {
          Map<String, Object> clock = new LinkedHashMap<>();
          clock.put("id", id);
          clock.put("frozen_time", frozenTime);
          return MockResponse.ok(call.save(Timelines.TEST_CLOCKS, clock));
        });
    return id;
  }

  private static String at(Instant instant) {
    return Times.format(instant);
  }

  @Test
  void dueTasksRunInTimeOrderThenIdOrderEachAtItsOwnMoment() {
    schedule(null, "test.record", Duration.ofHours(5), "o1", "late");
    schedule(null, "test.record", Duration.ofHours(1), "o2", "first-of-two");
    schedule(null, "test.record", Duration.ofHours(1), "o3", "second-of-two");
    schedule(null, "test.record", Duration.ofHours(9), "o4", "not-yet");

    Timelines.Advance done = advance(null, Duration.ofHours(6));

    assertThat(ran)
        .containsExactly(
            "first-of-two@" + at(start.plusSeconds(3600)),
            "second-of-two@" + at(start.plusSeconds(3600)),
            "late@" + at(start.plusSeconds(5 * 3600)));
    assertThat(done.ran()).isEqualTo(3);
    assertThat(done.failures()).isEmpty();
    assertThat(tenant.clock().now()).isEqualTo(start.plus(Duration.ofHours(6)));
    assertThat(tenant.tasks().pending(null)).extracting(Task::objectId).containsExactly("o4");
  }

  @Test
  void eventsOfATaskAreDatedAtItsDueTimeAndHaveNoRequest() {
    schedule(null, "test.record", Duration.ofMinutes(90), "o1", "x");
    advance(null, Duration.ofDays(1));
    Map<String, Object> event =
        Json.readObject(tenant.store().table("event").page(1, null, null, null).data().get(0));
    assertThat(event).containsEntry("created_at", at(start.plus(Duration.ofMinutes(90))));
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("id", null);
    request.put("idempotency_key", null);
    assertThat(event.get("request")).isEqualTo(request);
  }

  @Test
  void aTaskMayScheduleTheNextWhichRunsInTheSameAdvanceWhenDue() {
    schedule(null, "test.repeat", Duration.ofDays(1), "sub", "5");

    advance(null, Duration.ofDays(3));

    assertThat(ran)
        .containsExactly(
            "repeat@" + at(start.plus(Duration.ofDays(1))),
            "repeat@" + at(start.plus(Duration.ofDays(2))),
            "repeat@" + at(start.plus(Duration.ofDays(3))));
    assertThat(tenant.tasks().of("sub"))
        .singleElement()
        .satisfies(t -> assertThat(t.due()).isEqualTo(start.plus(Duration.ofDays(4))));
  }

  @Test
  void cancelledTasksDoNotRunWhetherCancelledByIdOrByObjectAndKind() {
    Task byId = schedule(null, "test.record", Duration.ofHours(1), "o1", "by-id");
    schedule(null, "test.record", Duration.ofHours(2), "o2", "by-object");
    schedule(null, "test.repeat", Duration.ofHours(3), "o2", "0");
    schedule(null, "test.record", Duration.ofHours(4), "o3", "kept");
    request(
        call -> {
          assertThat(call.cancelTask(byId.id())).isTrue();
          assertThat(call.cancelTask(byId.id())).isFalse();
          assertThat(call.cancelTasks("o2", "test.record")).isEqualTo(1);
          return MockResponse.ok(Map.of());
        });

    advance(null, Duration.ofDays(1));

    assertThat(ran)
        .containsExactly(
            "repeat@" + at(start.plus(Duration.ofHours(3))),
            "kept@" + at(start.plus(Duration.ofHours(4))));
  }

  @Test
  void aFailingTaskIsRolledBackAndDroppedWhileTheOthersRun() {
    schedule(null, "test.fail", Duration.ofHours(1), "o1", "boom");
    schedule(null, "test.record", Duration.ofHours(2), "o2", "after");

    Timelines.Advance done = advance(null, Duration.ofDays(1));

    assertThat(done.ran()).isEqualTo(1);
    assertThat(done.failures()).singleElement().asString().contains("test.fail of o1", "task bug");
    assertThat(tenant.store().table("thing").contains("half-done")).isFalse();
    assertThat(ran).containsExactly("after@" + at(start.plus(Duration.ofHours(2))));
    assertThat(tenant.tasks().all()).isEmpty();
  }

  @Test
  void eachTestClockIsItsOwnTimelineIndependentOfTheAccount() {
    String clock = createClock("clock_a", "2030-01-01T00:00:00Z");
    schedule(clock, "test.record", Duration.ofDays(2), "c1", "on-clock");
    schedule(null, "test.record", Duration.ofDays(2), "a1", "on-account");

    advance(clock, Duration.ofDays(3));

    assertThat(ran).containsExactly("on-clock@2030-01-03T00:00:00Z");
    assertThat(Timelines.now(tenant, clock)).isEqualTo(Instant.parse("2030-01-04T00:00:00Z"));
    assertThat(tenant.clock().now()).isEqualTo(start);
    advance(null, Duration.ofDays(3));
    assertThat(ran)
        .containsExactly(
            "on-clock@2030-01-03T00:00:00Z", "on-account@" + at(start.plus(Duration.ofDays(2))));
  }

  @Test
  void aRequestActingOnATestClockStampsObjectsEventsAndTasksByThatClock() {
    String clock = createClock("clock_b", "2031-06-01T12:00:00Z");
    request(
        call -> {
          call.useClock(clock);
          byte[] json = call.save("thing", call.newObject(IdPrefix.CUSTOMER, "thing"));
          call.emit("thing.created", json, null);
          call.schedule(
              "test.record", call.now().plus(Duration.ofDays(1)), "t", Map.of("name", "n"));
          return MockResponse.ok(json);
        });
    Map<String, Object> event =
        Json.readObject(tenant.store().table("event").page(1, null, null, null).data().get(0));
    assertThat(event).containsEntry("created_at", "2031-06-01T12:00:00Z");
    Map<?, ?> object = (Map<?, ?>) ((Map<?, ?>) event.get("data")).get("object");
    assertThat(object.get("created_at")).isEqualTo("2031-06-01T12:00:00Z");
    assertThat(tenant.tasks().pending(clock)).hasSize(1);
    assertThat(tenant.tasks().pending(null)).isEmpty();
  }

  @Test
  void timeOnlyMovesForward() {
    tenant.lock().writeLock().lock();
    try {
      assertThatThrownBy(() -> Timelines.advance(tenant, handlers, null, start.minusSeconds(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("time only moves forward");
    } finally {
      tenant.lock().writeLock().unlock();
    }
  }

  @Test
  void theSameScheduleGivesTheSameRunsAndTimestampsEveryTime() {
    List<String> first = runScenario();
    List<String> second = new TimelinesTest().runScenario();
    assertThat(second).isEqualTo(first).isNotEmpty();
  }

  private List<String> runScenario() {
    schedule(null, "test.repeat", Duration.ofHours(7), "s", "3");
    schedule(null, "test.record", Duration.ofHours(7), "r", "same-second");
    schedule(null, "test.record", Duration.ofDays(1).plusHours(7), "r", "tie-with-repeat");
    advance(null, Duration.ofDays(5));
    List<String> out = new ArrayList<>(ran);
    for (byte[] event : tenant.store().table("event").page(100, null, null, null).data()) {
      out.add(new String(event, StandardCharsets.UTF_8));
    }
    return out;
  }
}
