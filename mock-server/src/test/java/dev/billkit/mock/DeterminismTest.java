package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.server.Sleeper;
import dev.billkit.mock.testing.MockHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  /** A fixed script of calls: creates, reads, an update, a list, errors, a replay. */
  private static List<String> run(long seed) {
    List<String> transcript = new ArrayList<>();
    try (FixtureServer server = FixtureServer.start(seed, null, Sleeper.SYSTEM)) {
      String key = "sk_test_determinism";
      MockHttp http = server.http;
      for (int i = 0; i < 3; i++) {
        record(
            transcript,
            http.post("/v1/customers")
                .key(key)
                .idempotencyKey("k" + i)
                .json(
                    "{\"email\":\"user" + i + "@example.com\",\"metadata\":{\"n\":\"" + i + "\"}}")
                .send());
      }
      MockHttp.Reply page = http.get("/v1/customers?limit=2").key(key).send();
      record(transcript, page);
      String newest =
          (String) ((java.util.Map<?, ?>) ((List<?>) page.json().get("data")).get(0)).get("id");
      record(
          transcript,
          http.post("/v1/customers/" + newest).key(key).json("{\"name\":\"Ada\"}").send());
      record(transcript, http.get("/v1/customers/cus_missing").key(key).send());
      record(transcript, http.post("/v1/customers").key(key).json("{\"email\":1}").send());
      record(
          transcript,
          http.post("/v1/customers")
              .key(key)
              .idempotencyKey("k0")
              .json("{\"email\":\"user0@example.com\",\"metadata\":{\"n\":\"0\"}}")
              .send());
      // Timelines: a test clock, customers with reminder tasks on it and on the account, advances.
      String clock = server.createClock(key, "2030-01-01T00:00:00Z");
      server.customerOn(
          key, clock, "c@example.com", "{\"remind_after_days\":\"1\",\"remind_every_days\":\"1\"}");
      server.customerOn(key, null, "d@example.com", "{\"remind_after_days\":\"2\"}");
      record(
          transcript,
          http.post("/v1/test_helpers/test_clocks/" + clock + "/advance")
              .key(key)
              .json("{\"frozen_time\":\"2030-01-04T00:00:00Z\"}")
              .send());
      record(
          transcript,
          http.post("/_mock/clock/advance").key(key).json("{\"seconds\":172800}").send());
      record(transcript, http.get("/v1/customers?limit=100").key(key).send());
      server.events(key).forEach(e -> transcript.add(e.toString()));
    }
    return transcript;
  }

  private static void record(List<String> transcript, MockHttp.Reply reply) {
    transcript.add(reply.status() + " " + reply.header("Request-Id") + " " + reply.body());
  }

  @Test
  void theSameCallsWithTheSameKeyAndSeedGiveByteIdenticalAnswers() {
    List<String> first = run(7);
    List<String> second = run(7);
    assertThat(second).isEqualTo(first);
    assertThat(String.join("\n", first))
        .contains("cus_")
        .contains("\"created_at\":\"2026-11-08T00:00:00Z\"")
        .contains("created_at=2030-01-03T00:00:00Z")
        .contains("\"reminded_at\":\"2026-11-10T00:00:00Z\"");
  }

  @Test
  void anotherSeedGivesOtherIds() {
    assertThat(run(8).get(0)).isNotEqualTo(run(7).get(0));
  }
}
