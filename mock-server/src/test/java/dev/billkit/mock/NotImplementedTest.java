package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.server.SpecSources;
import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.spec.SpecDocument;
import dev.billkit.mock.internal.spec.SpecIndex;
import dev.billkit.mock.testing.MockHttp;
import java.util.ArrayList;
import java.util.List;
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
      MockHttp.Call call = SpecRequests.call(http, doc, op, p -> null).key(key);
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
}
