package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Meters through HTTP: validation, updates, aggregations, filters, quantities in buckets. */
class MetersTest {
  @AutoClose static final DomainServer server = DomainServer.start();

  static String meter(String key, String aggregation, String filter) {
    return (String)
        server
            .post(
                key,
                "/v1/meters",
                "{\"name\":\"m\",\"event_name\":\"completion\",\"aggregation\":"
                    + aggregation
                    + (filter == null ? "" : ",\"filter\":" + filter)
                    + "}")
            .get("id");
  }

  static void ingest(String key, String customer, String... events) {
    StringBuilder body = new StringBuilder("{\"events\":[");
    for (int i = 0; i < events.length; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"name\":\"completion\",\"customer\":\"")
          .append(customer)
          .append("\",")
          .append(events[i])
          .append('}');
    }
    server.post(key, "/v1/usage_events/ingest", body.append("]}").toString());
  }

  static long quantity(String key, String meter, String customer) {
    return (Long)
        server
            .get(
                key,
                "/v1/meters/"
                    + meter
                    + "/quantities?customer="
                    + customer
                    + "&start=2026-10-01T00:00:00Z&end=2026-11-02T00:00:00Z")
            .get("quantity");
  }

  @Test
  void aMeterIsCreatedActiveAndCanBeRenamedArchivedAndListedByStatus() {
    String key = server.newKey();
    Map<String, Object> created =
        server.post(
            key,
            "/v1/meters",
            "{\"name\":\"Tokens\",\"event_name\":\"completion\",\"metadata\":{\"team\":\"ai\"},"
                + "\"aggregation\":{\"func\":\"sum\",\"property\":\"metadata.tokens\"}}");
    String id = (String) created.get("id");

    assertThat(id).startsWith("mtr_");
    assertThat(created)
        .containsEntry("status", "active")
        .containsEntry("filter", null)
        .containsEntry("aggregation", Map.of("func", "sum", "property", "metadata.tokens"));
    Map<String, Object> archived =
        server.post(key, "/v1/meters/" + id, "{\"status\":\"archived\",\"name\":\"Old\"}");
    assertThat(archived).containsEntry("status", "archived").containsEntry("name", "Old");
    assertThat(FixtureServer.ids(server.get(key, "/v1/meters?status=active"))).isEmpty();
    assertThat(FixtureServer.ids(server.get(key, "/v1/meters?status=archived")))
        .containsExactly(id);
    assertThat(server.get(key, "/v1/meters/" + id)).isEqualTo(archived);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aggregationsAndFiltersThatMakeNoSenseAreRejectedEachByName() {
    String key = server.newKey();
    MockHttp.Reply reply =
        server
            .http
            .post("/v1/meters")
            .key(key)
            .json(
                "{\"name\":\"m\",\"event_name\":\"e\",\"aggregation\":{\"func\":\"sum\"},"
                    + "\"filter\":{\"conjunction\":\"and\",\"clauses\":["
                    + "{\"property\":\"name\",\"operator\":\"gt\",\"value\":\"a\"},"
                    + "{\"property\":\"timestamp\",\"operator\":\"like\",\"value\":\"2026%\"},"
                    + "{\"property\":\"timestamp\",\"operator\":\"gte\",\"value\":\"yesterday\"},"
                    + "{\"property\":\"metadata.n\",\"operator\":\"lt\",\"value\":\"5\"},"
                    + "{\"property\":\"metadata.m\",\"operator\":\"like\",\"value\":3},"
                    + "{\"property\":\"metadata.ok\",\"operator\":\"eq\",\"value\":true}]}}")
            .send();
    MockHttp.Reply count =
        server
            .http
            .post("/v1/meters")
            .key(key)
            .json(
                "{\"name\":\"m\",\"event_name\":\"e\","
                    + "\"aggregation\":{\"func\":\"count\",\"property\":\"metadata.n\"}}")
            .send();

    assertThat(reply.status()).isEqualTo(400);
    List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.error().get("errors");
    assertThat(errors)
        .extracting(e -> e.get("param"))
        .containsExactly(
            "aggregation.property",
            "filter.clauses[0]",
            "filter.clauses[1]",
            "filter.clauses[2]",
            "filter.clauses[3]",
            "filter.clauses[4]");
    assertThat(errors.get(0)).containsEntry("code", "parameter_missing");
    assertThat((String) errors.get(1).get("message")).contains("name can't be compared with gt");
    assertThat(count.status()).isEqualTo(400);
    assertThat(count.error()).containsEntry("param", "aggregation.property");
    assertThat(FixtureServer.ids(server.get(key, "/v1/meters"))).isEmpty();
  }

  @Test
  void everyAggregationCountsOnlyTheCustomersMatchingEventsInTheRange() {
    String key = server.newKey();
    String ada = server.customer(key, "{\"email\":\"ada@example.com\"}");
    String bob = server.customer(key, "{\"email\":\"bob@example.com\"}");
    ingest(
        key,
        ada,
        "\"timestamp\":\"2026-10-30T10:00:00Z\",\"metadata\":{\"tokens\":700,\"model\":\"gpt-5\"}",
        "\"timestamp\":\"2026-10-31T09:00:00Z\",\"metadata\":{\"tokens\":500,\"model\":\"gpt-5\"}",
        "\"timestamp\":\"2026-10-30T12:00:00Z\",\"metadata\":{\"tokens\":900,\"model\":\"mini\"}",
        "\"timestamp\":\"2026-10-29T00:00:00Z\",\"metadata\":{\"tokens\":\"n/a\"}");
    ingest(key, bob, "\"metadata\":{\"tokens\":10000}");
    server.post(
        key,
        "/v1/usage_events/ingest",
        "{\"events\":[{\"name\":\"other\",\"customer\":\""
            + ada
            + "\",\"metadata\":{\"tokens\":1}}]}");

    assertThat(quantity(key, meter(key, "{\"func\":\"count\"}", null), ada)).isEqualTo(4);
    assertThat(quantity(key, meter(key, sum("sum"), null), ada)).isEqualTo(2100);
    assertThat(quantity(key, meter(key, sum("max"), null), ada)).isEqualTo(900);
    assertThat(quantity(key, meter(key, sum("last"), null), ada)).isEqualTo(500);
    assertThat(
            quantity(
                key,
                meter(key, "{\"func\":\"unique\",\"property\":\"metadata.model\"}", null),
                ada))
        .isEqualTo(2);
    String gpt5 =
        meter(
            key,
            sum("sum"),
            "{\"conjunction\":\"and\",\"clauses\":[{\"property\":\"metadata.model\","
                + "\"operator\":\"eq\",\"value\":\"gpt-5\"}]}");
    assertThat(quantity(key, gpt5, ada)).isEqualTo(1200);
    assertThat(quantity(key, gpt5, bob)).isZero();
  }

  @Test
  void filtersCompareNumbersTimesAndPatternsWithAndOrOr() {
    String key = server.newKey();
    String ada = server.customer(key, "{\"email\":\"ada@example.com\"}");
    ingest(
        key,
        ada,
        "\"timestamp\":\"2026-10-30T10:00:00Z\",\"metadata\":{\"n\":5,\"model\":\"gpt-5-mini\"}",
        "\"timestamp\":\"2026-10-31T10:00:00Z\",\"metadata\":{\"n\":50,\"model\":\"gpt-5\"}",
        "\"timestamp\":\"2026-11-01T00:00:00Z\",\"metadata\":{\"n\":500,\"model\":\"o3\"}");

    assertThat(count(key, ada, "and", clause("metadata.n", "gte", "50"))).isEqualTo(2);
    assertThat(count(key, ada, "and", clause("metadata.n", "lt", "50"))).isEqualTo(1);
    assertThat(count(key, ada, "and", clause("metadata.model", "like", "\"gpt-%\""))).isEqualTo(2);
    assertThat(count(key, ada, "and", clause("metadata.model", "like", "\"%mini\""))).isEqualTo(1);
    assertThat(count(key, ada, "and", clause("metadata.model", "not_like", "\"gpt%\"")))
        .isEqualTo(1);
    assertThat(count(key, ada, "and", clause("metadata.missing", "ne", "1"))).isEqualTo(3);
    assertThat(count(key, ada, "and", clause("metadata.n", "eq", "\"5\""))).isZero();
    assertThat(count(key, ada, "and", clause("timestamp", "gt", "\"2026-10-30T10:00:00+00:00\"")))
        .isEqualTo(2);
    assertThat(count(key, ada, "and", clause("name", "like", "\"compl%\""))).isEqualTo(3);
    String both = clause("metadata.n", "gt", "10") + "," + clause("metadata.model", "eq", "\"o3\"");
    assertThat(count(key, ada, "and", both)).isEqualTo(1);
    assertThat(count(key, ada, "or", both)).isEqualTo(2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void quantitiesComeInUtcBucketsOfTheIntervalWithinTheRange() {
    String key = server.newKey();
    String ada = server.customer(key, "{\"email\":\"ada@example.com\"}");
    String tokens = meter(key, sum("sum"), null);
    ingest(
        key,
        ada,
        "\"timestamp\":\"2026-10-30T10:00:00Z\",\"metadata\":{\"tokens\":700}",
        "\"timestamp\":\"2026-10-31T09:30:00Z\",\"metadata\":{\"tokens\":500}",
        "\"timestamp\":\"2026-10-31T23:59:59Z\",\"metadata\":{\"tokens\":1}");
    String range = "&start=2026-10-30T06:00:00Z&end=2026-11-01T00:00:00Z";

    Map<String, Object> days =
        server.get(
            key, "/v1/meters/" + tokens + "/quantities?interval=day&customer=" + ada + range);
    assertThat(days)
        .containsEntry("object", "meter_quantities")
        .containsEntry("interval", "day")
        .containsEntry("quantity", 1201L);
    assertThat((List<Map<String, Object>>) days.get("buckets"))
        .containsExactly(
            Map.of(
                "start", "2026-10-30T06:00:00Z", "end", "2026-10-31T00:00:00Z", "quantity", 700L),
            Map.of(
                "start", "2026-10-31T00:00:00Z", "end", "2026-11-01T00:00:00Z", "quantity", 501L));
    Map<String, Object> all =
        server.get(key, "/v1/meters/" + tokens + "/quantities?customer=" + ada + range);
    assertThat(all).containsEntry("interval", "all");
    assertThat((List<Object>) all.get("buckets")).hasSize(1);
    Map<String, Object> months =
        server.get(
            key,
            "/v1/meters/"
                + tokens
                + "/quantities?interval=month&customer="
                + ada
                + "&start=2026-09-15T00:00:00Z&end=2026-11-15T00:00:00Z");
    assertThat((List<Map<String, Object>>) months.get("buckets"))
        .extracting(b -> b.get("start") + ".." + b.get("end") + "=" + b.get("quantity"))
        .containsExactly(
            "2026-09-15T00:00:00Z..2026-10-01T00:00:00Z=0",
            "2026-10-01T00:00:00Z..2026-11-01T00:00:00Z=1201",
            "2026-11-01T00:00:00Z..2026-11-15T00:00:00Z=0");
  }

  @Test
  void quantitiesRejectTooManyBucketsABackwardRangeAndUnknownObjects() {
    String key = server.newKey();
    String ada = server.customer(key, "{\"email\":\"ada@example.com\"}");
    String tokens = meter(key, sum("sum"), null);
    String base = "/v1/meters/" + tokens + "/quantities?customer=" + ada;

    MockHttp.Reply many =
        server
            .http
            .get(base + "&interval=hour&start=2026-01-01T00:00:00Z&end=2026-03-01T00:00:00Z")
            .key(key)
            .send();
    assertThat(many.status()).isEqualTo(400);
    assertThat(many.error()).containsEntry("param", "interval");
    assertThat(
            server
                .http
                .get(base + "&interval=hour&start=2026-01-01T00:00:00Z&end=2026-02-11T16:00:00Z")
                .key(key)
                .send()
                .status())
        .isEqualTo(200);
    MockHttp.Reply backwards =
        server
            .http
            .get(base + "&start=2026-02-01T00:00:00Z&end=2026-01-01T00:00:00Z")
            .key(key)
            .send();
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.error()).containsEntry("param", "end");
    MockHttp.Reply nobody =
        server
            .http
            .get(
                "/v1/meters/"
                    + tokens
                    + "/quantities?customer=cus_nobody"
                    + "&start=2026-01-01T00:00:00Z&end=2026-02-01T00:00:00Z")
            .key(key)
            .send();
    assertThat(nobody.status()).isEqualTo(404);
    assertThat(nobody.error()).containsEntry("param", "customer");
  }

  @Test
  void metersAndUsageOfOneTenantAreInvisibleToAnother() {
    String key = server.newKey();
    String other = server.newKey();
    String ada = server.customer(key, "{\"email\":\"ada@example.com\"}");
    String tokens = meter(key, sum("sum"), null);
    ingest(key, ada, "\"metadata\":{\"tokens\":1}");

    assertThat(server.http.get("/v1/meters/" + tokens).key(other).send().status()).isEqualTo(404);
    assertThat(server.http.post("/v1/meters/" + tokens).key(other).json("{}").send().status())
        .isEqualTo(404);
    assertThat(FixtureServer.ids(server.get(other, "/v1/meters"))).isEmpty();
    assertThat(FixtureServer.ids(server.get(other, "/v1/usage_events"))).isEmpty();
    MockHttp.Reply foreign =
        server
            .http
            .post("/v1/usage_events/ingest")
            .key(other)
            .json("{\"events\":[{\"name\":\"completion\",\"customer\":\"" + ada + "\"}]}")
            .send();
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.error()).containsEntry("code", "resource_missing");
  }

  private static String sum(String func) {
    return "{\"func\":\"" + func + "\",\"property\":\"metadata.tokens\"}";
  }

  private static String clause(String property, String op, String value) {
    return "{\"property\":\""
        + property
        + "\",\"operator\":\""
        + op
        + "\",\"value\":"
        + value
        + "}";
  }

  private static long count(String key, String customer, String conjunction, String clauses) {
    String meter =
        meter(
            key,
            "{\"func\":\"count\"}",
            "{\"conjunction\":\"" + conjunction + "\",\"clauses\":[" + clauses + "]}");
    return quantity(key, meter, customer);
  }
}
