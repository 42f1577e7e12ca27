package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.mock.internal.server.Sleeper;
import dev.billkit.mock.internal.tenant.Task;
import dev.billkit.mock.testing.MockHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirTest {
  @TempDir Path dir;

  @Test
  void stateSavedOnCloseIsRestoredOnStart() {
    String key = "sk_test_persistent";
    String id;
    String created;
    String clock;
    try (FixtureServer server = FixtureServer.start(3, dir, Sleeper.SYSTEM)) {
      MockHttp.Reply reply =
          server
              .http
              .post("/v1/customers")
              .key(key)
              .idempotencyKey("k")
              .json("{\"email\":\"ada@example.com\"}")
              .send();
      created = reply.body();
      id = (String) reply.json().get("id");
      server.tenant(key).clock().advanceBy(Duration.ofHours(5));
      clock = server.tenant(key).clock().nowText();
      server.http.post("/_mock/settings").key(key).json("{\"dunning_outcome\":\"unpaid\"}").send();
    }
    assertThat(dir.resolve("state.bin")).exists();
    try (FixtureServer server = FixtureServer.start(3, dir, Sleeper.SYSTEM)) {
      assertThat(server.http.get("/v1/customers/" + id).key(key).send().body()).isEqualTo(created);
      MockHttp.Reply replay =
          server
              .http
              .post("/v1/customers")
              .key(key)
              .idempotencyKey("k")
              .json("{\"email\":\"ada@example.com\"}")
              .send();
      assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
      assertThat(replay.body()).isEqualTo(created);
      assertThat(server.tenant(key).clock().nowText()).isEqualTo(clock);
      assertThat(server.http.get("/_mock/settings").key(key).send().json())
          .containsEntry("dunning_outcome", "unpaid");
      // The id sequence continues where it stopped.
      assertThat(server.createCustomer(key, "bob@example.com")).isNotEqualTo(id);
    }
  }

  @Test
  void aCorruptStateFileStopsTheStartWithAClearError() throws Exception {
    Files.writeString(dir.resolve("state.bin"), "not a state");
    assertThatThrownBy(() -> FixtureServer.start(0, dir, Sleeper.SYSTEM))
        .isInstanceOf(MockServerException.class)
        .hasMessageContaining("cannot restore the state saved in " + dir);
  }

  @Test
  void scheduledTasksSurviveARestartAndRunExactlyAsWithoutIt() {
    String key = "sk_test_tasks";
    List<Task> pending;
    String clock;
    try (FixtureServer server = FixtureServer.start(0, dir, Sleeper.SYSTEM)) {
      clock = server.createClock(key, "2030-01-01T00:00:00Z");
      server.customerOn(
          key, clock, "a@example.com", "{\"remind_after_days\":\"1\",\"remind_every_days\":\"1\"}");
      server.customerOn(key, null, "b@example.com", "{\"remind_after_days\":\"2\"}");
      pending = server.tenant(key).tasks().all();
      assertThat(pending).hasSize(3);
    }
    List<String> restarted;
    try (FixtureServer server = FixtureServer.start(0, dir, Sleeper.SYSTEM)) {
      assertThat(server.tenant(key).tasks().all()).isEqualTo(pending);
      restarted = advanceBoth(server, key, clock);
    }
    List<String> uninterrupted;
    try (FixtureServer server = FixtureServer.start(0, null, Sleeper.SYSTEM)) {
      String same = server.createClock(key, "2030-01-01T00:00:00Z");
      server.customerOn(
          key, same, "a@example.com", "{\"remind_after_days\":\"1\",\"remind_every_days\":\"1\"}");
      server.customerOn(key, null, "b@example.com", "{\"remind_after_days\":\"2\"}");
      uninterrupted = advanceBoth(server, key, same);
    }
    assertThat(restarted).isEqualTo(uninterrupted);
    assertThat(restarted).anyMatch(line -> line.contains("@2030-01-03T00:00:00Z (task)"));
  }

  private static List<String> advanceBoth(FixtureServer server, String key, String clock) {
    server
        .http
        .post("/v1/test_helpers/test_clocks/" + clock + "/advance")
        .key(key)
        .json("{\"frozen_time\":\"2030-01-03T00:00:00Z\"}")
        .send();
    server.http.post("/_mock/clock/advance").key(key).json("{\"seconds\":259200}").send();
    return server.events(key).stream().map(FixtureServer::line).toList();
  }
}
