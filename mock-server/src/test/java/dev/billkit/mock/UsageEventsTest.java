package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Usage ingestion: all-or-nothing batches, dedupe forever, customers' clocks, lists, state. */
class UsageEventsTest {
  @AutoClose static final DomainServer server = DomainServer.start();

  static Map<String, Object> ingest(String key, String events) {
    return server.post(key, "/v1/usage_events/ingest", "{\"events\":[" + events + "]}");
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneBadEventRejectsTheWholeBatchWithEveryProblemListed() {
    String key = server.newKey();
    String ada = server.customer(key, "{\"email\":\"ada@example.com\",\"external_id\":\"u1\"}");
    MockHttp.Reply reply =
        server
            .http
            .post("/v1/usage_events/ingest")
            .key(key)
            .json(
                "{\"events\":["
                    + "{\"name\":\"ok\",\"customer\":\""
                    + ada
                    + "\"},"
                    + "{\"name\":\"both\",\"customer\":\""
                    + ada
                    + "\",\"external_customer_id\":\"u1\"},"
                    + "{\"name\":\"neither\"},"
                    + "{\"name\":\"ghost\",\"customer\":\"cus_ghost\"},"
                    + "{\"name\":\"stranger\",\"external_customer_id\":\"nobody\"},"
                    + "{\"name\":\"future\",\"customer\":\""
                    + ada
                    + "\",\"timestamp\":\"2026-11-01T00:00:01Z\"},"
                    + "{\"name\":\"old\",\"external_customer_id\":\"u1\","
                    + "\"timestamp\":\"2026-09-26T23:59:59Z\"}]}")
            .send();

    assertThat(reply.status()).isEqualTo(400);
    List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.error().get("errors");
    assertThat(errors)
        .extracting(e -> e.get("param") + " " + e.get("code"))
        .containsExactly(
            "events[1].external_customer_id parameters_exclusive",
            "events[2].customer parameter_missing",
            "events[3].customer resource_missing",
            "events[4].external_customer_id resource_missing",
            "events[5].timestamp parameter_invalid",
            "events[6].timestamp parameter_invalid");
    assertThat((String) errors.get(4).get("message")).contains("must not be in the future");
    assertThat((String) errors.get(5).get("message")).contains("at most 35 days old");
    assertThat(FixtureServer.ids(server.get(key, "/v1/usage_events"))).isEmpty();
    assertThat(
            ingest(
                key,
                "{\"name\":\"edge\",\"customer\":\""
                    + ada
                    + "\",\"timestamp\":\"2026-09-27T00:00:00Z\"}"))
        .containsEntry("inserted", 1L);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anExternalIdIsStoredOnceForeverAndRepeatsAreCountedAsDuplicates() {
    String key = server.newKey();
    String ada = server.customer(key, "{\"email\":\"ada@example.com\",\"external_id\":\"u1\"}");
    String e = "{\"name\":\"call\",\"external_customer_id\":\"u1\",\"external_id\":\"";

    assertThat(
            ingest(
                key,
                e
                    + "x\"},"
                    + e
                    + "x\"},"
                    + e
                    + "y\"},{\"name\":\"call\",\"customer\":\""
                    + ada
                    + "\"}"))
        .isEqualTo(Map.of("object", "usage_event_ingest_result", "inserted", 3L, "duplicates", 1L));
    server.advanceAccount(key, 86_400 * 40);
    assertThat(ingest(key, e + "x\"}," + e + "z\"}"))
        .containsEntry("inserted", 1L)
        .containsEntry("duplicates", 1L);

    List<Map<String, Object>> stored =
        (List<Map<String, Object>>) server.get(key, "/v1/usage_events").get("data");
    assertThat(stored).extracting(u -> u.get("external_id")).containsExactly("z", null, "y", "x");
    assertThat(stored.get(0))
        .containsEntry("customer", ada)
        .containsEntry("external_customer_id", "u1")
        .containsEntry("created_at", "2026-12-11T00:00:00Z")
        .containsEntry("timestamp", "2026-12-11T00:00:00Z")
        .containsEntry("metadata", Map.of());
  }

  @Test
  void timestampsAreCheckedAgainstTheCustomersOwnClock() {
    String key = server.newKey();
    String clock =
        (String)
            server
                .post(
                    key,
                    "/v1/test_helpers/test_clocks",
                    "{\"frozen_time\":\"2027-06-01T00:00:00Z\"}")
                .get("id");
    String onClock =
        server.customer(key, "{\"email\":\"c@example.com\",\"test_clock\":\"" + clock + "\"}");

    Map<String, Object> ok =
        ingest(
            key,
            "{\"name\":\"n\",\"customer\":\""
                + onClock
                + "\",\"timestamp\":\"2027-05-31T00:00:00Z\"}");
    assertThat(ok).containsEntry("inserted", 1L);
    MockHttp.Reply old =
        server
            .http
            .post("/v1/usage_events/ingest")
            .key(key)
            .json(
                "{\"events\":[{\"name\":\"n\",\"customer\":\""
                    + onClock
                    + "\",\"timestamp\":\"2026-11-01T00:00:00Z\"}]}")
            .send();
    assertThat(old.status()).isEqualTo(400);
    assertThat(old.error().get("message").toString()).contains("not before 2027-04-27T00:00:00Z");
  }

  @Test
  void usageEventsAreListedByCustomerExternalIdAndName() {
    String key = server.newKey();
    String ada = server.customer(key, "{\"email\":\"ada@example.com\",\"external_id\":\"u1\"}");
    String bob = server.customer(key, "{\"email\":\"bob@example.com\"}");
    ingest(
        key,
        "{\"name\":\"a\",\"customer\":\""
            + ada
            + "\"},{\"name\":\"b\",\"customer\":\""
            + ada
            + "\"},{\"name\":\"a\",\"customer\":\""
            + bob
            + "\"}");

    assertThat(FixtureServer.ids(server.get(key, "/v1/usage_events?customer=" + ada))).hasSize(2);
    assertThat(FixtureServer.ids(server.get(key, "/v1/usage_events?external_customer_id=u1")))
        .hasSize(2);
    assertThat(FixtureServer.ids(server.get(key, "/v1/usage_events?external_customer_id=zz")))
        .isEmpty();
    assertThat(FixtureServer.ids(server.get(key, "/v1/usage_events?name=a"))).hasSize(2);
    assertThat(FixtureServer.ids(server.get(key, "/v1/usage_events?name=a&customer=" + bob)))
        .hasSize(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCustomerStateShowsUsageOfTheCurrentMonthPerMeter() {
    String key = server.newKey();
    String ada = server.customer(key, "{\"email\":\"ada@example.com\"}");
    String tokens =
        (String)
            server
                .post(
                    key,
                    "/v1/meters",
                    "{\"name\":\"t\",\"event_name\":\"completion\","
                        + "\"aggregation\":{\"func\":\"sum\",\"property\":\"metadata.tokens\"}}")
                .get("id");
    server.post(
        key,
        "/v1/meters",
        "{\"name\":\"unused\",\"event_name\":\"x\"," + "\"aggregation\":{\"func\":\"count\"}}");
    ingest(
        key,
        "{\"name\":\"completion\",\"customer\":\""
            + ada
            + "\",\"metadata\":{\"tokens\":300}},"
            + "{\"name\":\"completion\",\"customer\":\""
            + ada
            + "\",\"timestamp\":\"2026-10-31T23:59:59Z\",\"metadata\":{\"tokens\":99}}");

    List<Object> meters =
        (List<Object>) server.get(key, "/v1/customers/" + ada + "/state").get("meters");
    assertThat(meters)
        .containsExactly(
            Map.of(
                "meter", tokens, "consumed_units", 300L, "credited_units", 0L, "balance", -300L));
  }
}
