package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The five test clock operations, through HTTP, with customers of {@code FixtureCustomers} living
 * on the clocks and scheduling reminder tasks.
 */
class TestClocksTest {
  static final String T0 = "2027-01-15T10:30:00Z";
  @AutoClose static final FixtureServer server = FixtureServer.start();

  static MockHttp.Reply advance(String key, String clock, String to) {
    return server
        .http
        .post("/v1/test_helpers/test_clocks/" + clock + "/advance")
        .key(key)
        .json("{\"frozen_time\":\"" + to + "\"}")
        .send();
  }

  @Test
  void aNewClockIsReadyAtItsFrozenTimeAndDeletesItselfSevenDaysLaterByAccountTime() {
    String key = server.newKey();
    String now = server.tenant(key).clock().nowText();
    MockHttp.Reply created =
        server
            .http
            .post("/v1/test_helpers/test_clocks")
            .key(key)
            .json("{\"frozen_time\":\"2027-01-15T12:30:00.750+02:00\",\"name\":\"renewals\"}")
            .send();

    Map<String, Object> clock = created.json();
    assertThat((String) clock.get("id")).startsWith("clock_");
    assertThat(clock)
        .containsEntry("object", "test_clock")
        .containsEntry("created_at", now)
        .containsEntry("livemode", false)
        .containsEntry("name", "renewals")
        .containsEntry("frozen_time", T0)
        .containsEntry("status", "ready")
        .containsEntry("deletes_after", "2026-11-08T00:00:00Z");
    assertThat(now).isEqualTo("2026-11-01T00:00:00Z");
    String id = (String) clock.get("id");
    assertThat(server.http.get("/v1/test_helpers/test_clocks/" + id).key(key).send().body())
        .isEqualTo(created.body());
    assertThat(server.tenant(key).tasks().pending(null))
        .singleElement()
        .satisfies(t -> assertThat(t.objectId()).isEqualTo(id));
  }

  @Test
  void advancingRunsTheClocksTasksInTimeOrderBetweenAdvancingAndReady() {
    String key = server.newKey();
    String clock = server.createClock(key, T0);
    String a = server.customerOn(key, clock, "a@example.com", "{\"remind_after_days\":\"2\"}");
    String b =
        server.customerOn(
            key,
            clock,
            "b@example.com",
            "{\"remind_after_days\":\"1\",\"remind_every_days\":\"1\"}");
    String onAccount =
        server.customerOn(key, null, "c@example.com", "{\"remind_after_days\":\"1\"}");

    MockHttp.Reply reply = advance(key, clock, "2027-01-18T10:30:00Z");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json())
        .containsEntry("status", "ready")
        .containsEntry("frozen_time", "2027-01-18T10:30:00Z");
    List<String> lines = server.events(key).stream().map(FixtureServer::line).toList();
    assertThat(lines)
        .containsExactly(
            "customer.created " + a + " @" + T0 + " (request)",
            "customer.created " + b + " @" + T0 + " (request)",
            "customer.created " + onAccount + " @2026-11-01T00:00:00Z (request)",
            "test_helpers.test_clock.advancing " + clock + " @" + T0 + " (request)",
            "customer.updated " + b + " @2027-01-16T10:30:00Z (task)",
            // Tied at the same second: a's task was scheduled first, so it runs first.
            "customer.updated " + a + " @2027-01-17T10:30:00Z (task)",
            "customer.updated " + b + " @2027-01-17T10:30:00Z (task)",
            "customer.updated " + b + " @2027-01-18T10:30:00Z (task)",
            "test_helpers.test_clock.ready " + clock + " @2027-01-18T10:30:00Z (request)");
    Map<String, Object> advancing = server.events(key).get(3);
    assertThat(FixtureServer.map(FixtureServer.map(advancing.get("data")).get("object")))
        .containsEntry("status", "advancing")
        .containsEntry("frozen_time", T0);
    assertThat(((Map<?, ?>) advancing.get("request")).get("id"))
        .isEqualTo(reply.header("Request-Id"));
    Map<String, Object> customerB = server.http.get("/v1/customers/" + b).key(key).send().json();
    assertThat(FixtureServer.map(customerB.get("metadata")))
        .containsEntry("reminders", "3")
        .containsEntry("reminded_at", "2027-01-18T10:30:00Z");
    // The account timeline did not move, so the account customer's reminder is still pending.
    assertThat(server.tenant(key).clock().nowText()).isEqualTo("2026-11-01T00:00:00Z");
    assertThat(server.tenant(key).tasks().of(onAccount)).hasSize(1);
  }

  @Test
  void anAdvanceIsReplayedForItsIdempotencyKeyWithoutRunningAgain() {
    String key = server.newKey();
    String clock = server.createClock(key, T0);
    server.customerOn(key, clock, "a@example.com", "{\"remind_after_days\":\"1\"}");
    String body = "{\"frozen_time\":\"2027-01-20T00:00:00Z\"}";
    String path = "/v1/test_helpers/test_clocks/" + clock + "/advance";
    MockHttp.Reply first = server.http.post(path).key(key).idempotencyKey("adv").json(body).send();
    int events = server.events(key).size();
    MockHttp.Reply replay = server.http.post(path).key(key).idempotencyKey("adv").json(body).send();

    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(server.events(key)).hasSize(events);
  }

  @Test
  void advancingMovesOnlyForwardAndAtMostTwoYearsNamingFrozenTimeAndTheLimit() {
    String key = server.newKey();
    String clock = server.createClock(key, T0);
    byte[] before = server.accountState(key);

    MockHttp.Reply same = advance(key, clock, T0);
    MockHttp.Reply back = advance(key, clock, "2027-01-15T10:29:59Z");
    MockHttp.Reply tooFar = advance(key, clock, "2029-01-15T10:30:01Z");

    for (MockHttp.Reply reply : List.of(same, back, tooFar)) {
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.error())
          .containsEntry("code", "parameter_invalid")
          .containsEntry("param", "frozen_time");
    }
    assertThat((String) back.error().get("message"))
        .isEqualTo(
            "frozen_time: must be later than the clock's frozen_time 2027-01-15T10:30:00Z"
                + " (got 2027-01-15T10:29:59Z)");
    assertThat((String) tooFar.error().get("message"))
        .contains(
            "at most two years", "so at most 2029-01-15T10:30:00Z", "got 2029-01-15T10:30:01Z");
    assertThat(server.accountState(key)).isEqualTo(before);
    assertThat(advance(key, clock, "2029-01-15T10:30:00Z").status()).isEqualTo(200);
  }

  @Test
  void aMissingClockIsA404NamingTestClock() {
    String key = server.newKey();
    for (MockHttp.Reply reply :
        List.of(
            server.http.get("/v1/test_helpers/test_clocks/clock_nope").key(key).send(),
            server.http.delete("/v1/test_helpers/test_clocks/clock_nope").key(key).send(),
            advance(key, "clock_nope", T0))) {
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.error())
          .containsEntry("code", "resource_missing")
          .containsEntry("param", "test_clock")
          .containsEntry("message", "No such test_clock: 'clock_nope'");
    }
  }

  @Test
  void deletingAClockDeletesItsCustomersThroughTheHookAndDropsItsTasks() {
    String key = server.newKey();
    String clock = server.createClock(key, T0);
    String attached =
        server.customerOn(key, clock, "a@example.com", "{\"remind_after_days\":\"1\"}");
    String other = server.customerOn(key, null, "b@example.com", "{}");

    MockHttp.Reply deleted =
        server.http.delete("/v1/test_helpers/test_clocks/" + clock).key(key).send();

    assertThat(deleted.json())
        .isEqualTo(Map.of("id", clock, "object", "test_clock", "deleted", true));
    assertThat(server.http.get("/v1/customers/" + attached).key(key).send().status())
        .isEqualTo(404);
    assertThat(server.http.get("/v1/customers/" + other).key(key).send().status()).isEqualTo(200);
    assertThat(FixtureServer.line(server.events(key).get(server.events(key).size() - 1)))
        .isEqualTo("customer.deleted " + attached + " @2026-11-01T00:00:00Z (request)");
    assertThat(server.tenant(key).tasks().all()).isEmpty();
    assertThat(server.http.get("/v1/test_helpers/test_clocks/" + clock).key(key).send().status())
        .isEqualTo(404);
  }

  @Test
  void aTaskFailingDuringAnAdvanceLeavesTheClockInInternalFailure() {
    String key = server.newKey();
    String clock = server.createClock(key, T0);
    String failing =
        server.customerOn(
            key,
            clock,
            "a@example.com",
            "{\"remind_after_days\":\"1\",\"fail_on_remind\":\"true\"}");
    String fine = server.customerOn(key, clock, "b@example.com", "{\"remind_after_days\":\"2\"}");

    MockHttp.Reply reply = advance(key, clock, "2027-01-20T00:00:00Z");

    assertThat(reply.status()).isEqualTo(500);
    assertThat((String) reply.error().get("message"))
        .contains("internal_failure", "fixture.customer.remind of " + failing);
    Map<String, Object> after =
        server.http.get("/v1/test_helpers/test_clocks/" + clock).key(key).send().json();
    assertThat(after)
        .containsEntry("status", "internal_failure")
        .containsEntry("frozen_time", "2027-01-20T00:00:00Z");
    Map<String, Object> failedCustomer =
        FixtureServer.map(
            server.http.get("/v1/customers/" + failing).key(key).send().json().get("metadata"));
    assertThat(failedCustomer).doesNotContainKey("reminders");
    Map<String, Object> fineCustomer =
        FixtureServer.map(
            server.http.get("/v1/customers/" + fine).key(key).send().json().get("metadata"));
    assertThat(fineCustomer).containsEntry("reminders", "1");
    MockHttp.Reply again = advance(key, clock, "2027-01-21T00:00:00Z");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.errorCode()).isEqualTo("invalid_state_transition");
    assertThat((String) again.error().get("message"))
        .contains("'internal_failure'", "allowed in this status: delete");
  }

  @Test
  void listsAreNewestFirstWithCursorsCreatedFiltersAndTheirUrl() {
    String key = server.newKey();
    String first = server.createClock(key, T0);
    server.tenant(key).clock().advanceBy(java.time.Duration.ofHours(1));
    String second = server.createClock(key, T0);
    server.tenant(key).clock().advanceBy(java.time.Duration.ofHours(1));
    String third = server.createClock(key, T0);

    Map<String, Object> page =
        server.http.get("/v1/test_helpers/test_clocks?limit=2").key(key).send().json();
    Map<String, Object> rest =
        server
            .http
            .get("/v1/test_helpers/test_clocks?limit=2&starting_after=" + second)
            .key(key)
            .send()
            .json();
    Map<String, Object> created =
        server
            .http
            .get(
                "/v1/test_helpers/test_clocks?created%5Bgt%5D=2026-11-01T00:00:00Z"
                    + "&created%5Blte%5D=2026-11-01T01:00:00Z")
            .key(key)
            .send()
            .json();

    assertThat(FixtureServer.ids(page)).containsExactly(third, second);
    assertThat(page).containsEntry("has_more", true).containsEntry("object", "list");
    assertThat(page).containsEntry("url", "/v1/test_helpers/test_clocks");
    assertThat(FixtureServer.ids(rest)).containsExactly(first);
    assertThat(rest).containsEntry("has_more", false);
    assertThat(FixtureServer.ids(created)).containsExactly(second);
  }

  @Test
  void listFiltersOnNamedFieldsSelectByEquality() {
    String key = server.newKey();
    String clock = server.createClock(key, T0);
    String attached = server.customerOn(key, clock, "a@example.com", "{}");
    server.customerOn(key, null, "a@example.com", "{}");
    String path = "/v1/customers?test_clock=" + clock;
    assertThat(FixtureServer.ids(server.http.get(path).key(key).send().json()))
        .containsExactly(attached);
    assertThat(
            FixtureServer.ids(
                server.http.get("/v1/customers?email=a%40example.com").key(key).send().json()))
        .hasSize(2);
  }
}
