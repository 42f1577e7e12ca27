package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.server.SpecSources;
import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.spec.ParameterSpec;
import dev.billkit.mock.internal.spec.SpecDocument;
import dev.billkit.mock.internal.spec.SpecIndex;
import dev.billkit.mock.testing.MockHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With no domain at all, every operation of the spec still routes, validates and answers 501. */
class NotImplementedTest {
  static BillkitMock mock;
  static MockHttp http;

  @BeforeAll
  static void start() {
    mock = BillkitMock.builder().domains(List.of()).start();
    http = new MockHttp(mock.url());
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void everyOperationWithoutAHandlerAnswersASchemaValid501NamingItsArea() {
    SpecDocument doc = SpecSources.billing();
    SpecIndex spec = SpecIndex.of(doc);
    String key = mock.newTenant().apiKey();
    List<String> wrong = new ArrayList<>();
    for (ApiOperation op : spec.operations()) {
      MockHttp.Call call = request(op, doc).key(key);
      if (op.body() != null) {
        Object example =
            doc.deref(doc.resolve(op.body().schemaPointer()), op.body().schemaPointer())
                .map()
                .get("example");
        call.json(Json.writeString(example));
      }
      MockHttp.Reply reply = call.send();
      if (reply.status() != 501
          || !"not_implemented".equals(reply.errorCode())
          || !((String) reply.error().get("message")).contains(op.operationId())
          || !((String) reply.error().get("message")).contains("it comes with ")) {
        wrong.add(op.describe() + " -> " + reply.status() + " " + reply.body());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(spec.operations()).hasSize(89);
  }

  @Test
  void the501SaysRetryingWillNotHelp() {
    MockHttp.Reply reply = http.get("/v1/subscriptions").key(mock.newTenant().apiKey()).send();
    assertThat(reply.status()).isEqualTo(501);
    assertThat(reply.header("Should-Retry")).isEqualTo("false");
    assertThat((String) reply.error().get("message"))
        .contains("billing engine (mock-server part 2");
  }

  @Test
  void anInvalidRequestToAnUnimplementedOperationIsStill400() {
    MockHttp.Reply reply =
        http.post("/v1/subscriptions").key(mock.newTenant().apiKey()).json("{\"colour\":1}").send();
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorCode()).isIn("parameter_missing", "parameter_unknown");
  }

  private static MockHttp.Call request(ApiOperation op, SpecDocument doc) {
    String path = op.pathTemplate();
    StringBuilder query = new StringBuilder();
    for (ParameterSpec p : op.parameters()) {
      if (p.in().equals("path")) {
        path = path.replace("{" + p.name() + "}", sample(p.schema()));
      } else if (p.in().equals("query") && p.required()) {
        query
            .append(query.length() == 0 ? "?" : "&")
            .append(p.name())
            .append('=')
            .append(sample(p.schema()));
      }
    }
    String target = path + query;
    switch (op.method()) {
      case "GET":
        return http.get(target);
      case "DELETE":
        return http.delete(target);
      default:
        return http.post(target);
    }
  }

  /** A value for a path parameter: {@code ^cus_[0-9A-Za-z]+$} gives {@code cus_1}. */
  private static String sample(Map<String, Object> schema) {
    Object pattern = schema.get("pattern");
    if (pattern instanceof String
        && ((String) pattern).matches("\\^[a-z_]+_\\[0-9A-Za-z\\]\\+\\$")) {
      String p = (String) pattern;
      return p.substring(1, p.indexOf('[')) + "1";
    }
    if ("date-time".equals(schema.get("format"))) {
      return "2026-11-01T00:00:00Z";
    }
    Object example = schema.get("example");
    return example != null ? String.valueOf(example) : "x1";
  }
}
