package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** {@code GET /_mock/clock} and {@code POST /_mock/clock/advance}: the account timeline. */
class AdminClockTest {
  @AutoClose static final FixtureServer server = FixtureServer.start();

  private static MockHttp.Reply advance(String key, String body) {
    return server.http.post("/_mock/clock/advance").key(key).json(body).send();
  }

  @Test
  void theClockShowsTheAccountTimeAndItsPendingTasks() {
    String key = server.newKey();
    assertThat(server.http.get("/_mock/clock").key(key).send().json())
        .containsEntry("object", "mock_clock")
        .containsEntry("now", "2026-11-01T00:00:00Z")
        .containsEntry("pending_tasks", 0L)
        .containsEntry("next_task_at", null);
    server.customerOn(key, null, "a@example.com", "{\"remind_after_days\":\"2\"}");
    assertThat(server.http.get("/_mock/clock").key(key).send().json())
        .containsEntry("pending_tasks", 1L)
        .containsEntry("next_task_at", "2026-11-03T00:00:00Z");
  }

  @Test
  void advancingBySecondsRunsTheAccountsDueTasksEachAtItsMoment() {
    String key = server.newKey();
    String customer =
        server.customerOn(
            key,
            null,
            "a@example.com",
            "{\"remind_after_days\":\"1\",\"remind_every_days\":\"2\"}");

    MockHttp.Reply reply = advance(key, "{\"seconds\":" + 4 * 86400 + "}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json())
        .containsEntry("object", "mock_clock_advance")
        .containsEntry("from", "2026-11-01T00:00:00Z")
        .containsEntry("now", "2026-11-05T00:00:00Z")
        .containsEntry("tasks_run", 2L)
        .containsEntry("pending_tasks", 1L)
        .containsEntry("next_task_at", "2026-11-06T00:00:00Z");
    assertThat(server.events(key).stream().map(FixtureServer::line).toList())
        .containsExactly(
            "customer.created " + customer + " @2026-11-01T00:00:00Z (request)",
            "customer.updated " + customer + " @2026-11-02T00:00:00Z (task)",
            "customer.updated " + customer + " @2026-11-04T00:00:00Z (task)");
    // Requests after the advance are stamped with the new account time.
    String later = server.customerOn(key, null, "b@example.com", "{}");
    assertThat(server.http.get("/v1/customers/" + later).key(key).send().json())
        .containsEntry("created_at", "2026-11-05T00:00:00Z");
  }

  @Test
  void advancingToATimeWorksAndLeavesTestClocksAtTheirOwnTime() {
    String key = server.newKey();
    String clock = server.createClock(key, "2030-01-01T00:00:00Z");

    MockHttp.Reply reply = advance(key, "{\"to\":\"2026-11-03T12:00:00+01:00\"}");

    assertThat(reply.json()).containsEntry("now", "2026-11-03T11:00:00Z");
    assertThat(server.http.get("/v1/test_helpers/test_clocks/" + clock).key(key).send().json())
        .containsEntry("frozen_time", "2030-01-01T00:00:00Z");
  }

  @Test
  void aTestClockAndItsCustomersGoWhenTheAccountPassesItsDeletesAfter() {
    String key = server.newKey();
    String clock = server.createClock(key, "2030-01-01T00:00:00Z");
    String customer = server.customerOn(key, clock, "a@example.com", "{}");

    assertThat(advance(key, "{\"to\":\"2026-11-07T23:59:59Z\"}").json())
        .containsEntry("tasks_run", 0L);
    assertThat(server.http.get("/v1/test_helpers/test_clocks/" + clock).key(key).send().status())
        .isEqualTo(200);
    assertThat(advance(key, "{\"to\":\"2026-11-08T00:00:00Z\"}").json())
        .containsEntry("tasks_run", 1L);

    assertThat(server.http.get("/v1/test_helpers/test_clocks/" + clock).key(key).send().status())
        .isEqualTo(404);
    assertThat(server.http.get("/v1/customers/" + customer).key(key).send().status())
        .isEqualTo(404);
    List<Map<String, Object>> events = server.events(key);
    assertThat(FixtureServer.line(events.get(events.size() - 1)))
        .isEqualTo("customer.deleted " + customer + " @2026-11-08T00:00:00Z (task)");
  }

  @Test
  void badAdvancesAreRejectedByNameAndChangeNothing() {
    String key = server.newKey();
    server.customerOn(key, null, "a@example.com", "{\"remind_after_days\":\"1\"}");
    advance(key, "{\"seconds\":3600}");
    byte[] before = server.accountState(key);

    MockHttp.Reply back = advance(key, "{\"to\":\"2026-11-01T00:00:00Z\"}");
    MockHttp.Reply both = advance(key, "{\"to\":\"2027-01-01T00:00:00Z\",\"seconds\":1}");
    MockHttp.Reply neither = advance(key, "{}");
    MockHttp.Reply tooFar = advance(key, "{\"to\":\"2036-11-01T01:00:01Z\"}");
    MockHttp.Reply negative = advance(key, "{\"seconds\":-1}");

    assertThat(back.status()).isEqualTo(400);
    assertThat(back.error())
        .containsEntry("param", "to")
        .containsEntry(
            "message",
            "to: the account clock only moves forward; it is 2026-11-01T01:00:00Z"
                + " (got 2026-11-01T00:00:00Z)");
    assertThat(both.errorCode()).isEqualTo("parameters_exclusive");
    assertThat(neither.errorCode()).isEqualTo("parameter_missing");
    assertThat(tooFar.status()).isEqualTo(400);
    assertThat((String) tooFar.error().get("message")).contains("at most ten years");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.error()).containsEntry("param", "seconds");
    assertThat(server.accountState(key)).isEqualTo(before);
  }

  @Test
  void aFailingAccountTaskIsReportedAs500AfterTheOthersRan() {
    String key = server.newKey();
    String failing =
        server.customerOn(
            key,
            null,
            "a@example.com",
            "{\"remind_after_days\":\"1\",\"fail_on_remind\":\"true\"}");
    String fine = server.customerOn(key, null, "b@example.com", "{\"remind_after_days\":\"1\"}");

    MockHttp.Reply reply = advance(key, "{\"seconds\":172800}");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.errorCode()).isEqualTo("internal_error");
    assertThat((String) reply.error().get("message")).contains("of " + failing);
    assertThat(server.http.get("/_mock/clock").key(key).send().json())
        .containsEntry("now", "2026-11-03T00:00:00Z");
    assertThat(
            FixtureServer.map(
                server.http.get("/v1/customers/" + fine).key(key).send().json().get("metadata")))
        .containsEntry("reminders", "1");
  }
}
