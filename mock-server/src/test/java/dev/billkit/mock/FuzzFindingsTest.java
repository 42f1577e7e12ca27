package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Regressions for what the Schemathesis step (mock-server/fuzz) found: each test is one finding,
 * reduced to the request that showed it.
 */
class FuzzFindingsTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void anIdWithControlCharactersIsAJsonValidationErrorNotJettysHtmlPage() {
    PurchaseServer.Client client = server.newClient();
    for (String method : List.of("GET", "DELETE")) {
      MockHttp.Reply reply =
          (method.equals("GET") ? server.http.get("/v1/invoices/3%C2%94%10_%7F")
                  : server.http.delete("/v1/invoices/3%C2%94%10_%7F"))
              .key(client.key)
              .send();
      assertThat(reply.status()).as(method).isEqualTo(400);
      assertThat(reply.header("Content-Type")).as(method).isEqualTo("application/json");
      assertThat(reply.header("Request-Id")).as(method).matches("req_[0-9A-Za-z]{14}");
      assertThat(reply.error()).as(method).containsEntry("param", "invoice");
    }
  }

  @Test
  void anExternalIdWithAnEncodedSlashAndPercentIsLookedUpAsItIs() {
    PurchaseServer.Client client = server.newClient();
    client.ok("/v1/customers", obj("email", "ada@example.com", "external_id", "team/a%b"));
    MockHttp.Reply found = client.get("/v1/customers/external/team%2Fa%25b");
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json()).containsEntry("external_id", "team/a%b");
    MockHttp.Reply missing = client.get("/v1/customers/external/team%2Fb");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.error()).containsEntry("param", "external_id");
  }

  @Test
  void aRequestJettyCannotParseIsAnsweredWithTheJsonErrorBodyEvenForDelete() throws IOException {
    URI base = URI.create(server.mock.url());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "DELETE /v1/customers/a\u0001b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400 ");
      assertThat(response).containsIgnoringCase("Content-Type: application/json");
      assertThat(response).containsPattern("(?i)Request-Id: req_[0-9A-Za-z]{14}");
      assertThat(response).contains("\"type\":\"invalid_request_error\"");
    }
  }

  @Test
  void aCreatedFilterWithAnOffsetPastEighteenHoursIsReadLikeAnyOther() {
    PurchaseServer.Client client = server.newClient();
    String id = client.customer("ada@example.com");
    // 2026-11-01T00:00:00Z, the account's clock, written 22:43 east of UTC.
    Map<String, Object> list =
        client.ok(client.get("/v1/customers?created%5Bgte%5D=2026-11-01T22:43:00%2B22:43"));
    assertThat(PurchaseServer.data(list)).extracting(c -> c.get("id")).containsExactly(id);
    MockHttp.Reply later = client.get("/v1/customers?created%5Bgt%5D=2026-11-01T22:43:00%2B22:43");
    assertThat(PurchaseServer.data(client.ok(later))).isEmpty();
  }

  @Test
  void aCreatedFilterWithMoreThanNineFractionDigitsIsReadLikeAnyOther() {
    PurchaseServer.Client client = server.newClient();
    String id = client.customer("ada@example.com");
    MockHttp.Reply reply =
        client.get("/v1/customers?created%5Blte%5D=2026-11-01T00:00:00.0000000000001Z");
    assertThat(PurchaseServer.data(client.ok(reply))).extracting(c -> c.get("id")).contains(id);
  }

  @Test
  void aTimeThatFallsPastYear9999InUtcIsRejectedByNameInsteadOfWrittenWithAFiveDigitYear() {
    PurchaseServer.Client client = server.newClient();
    MockHttp.Reply reply =
        client.post(
            "/v1/test_helpers/test_clocks", obj("frozen_time", "9999-12-31T23:59:59-05:00"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error())
        .containsEntry("param", "frozen_time")
        .containsEntry(
            "message",
            "frozen_time: must be from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z in UTC"
                + " (got \"9999-12-31T23:59:59-05:00\")");
  }

  @Test
  void anEmailWithCharactersRfc5321AllowsInTheLocalPartIsAccepted() {
    PurchaseServer.Client client = server.newClient();
    for (String email : List.of("o'brien@example.com", "d%c8isi@zeovx8xa.o.test", "||@b.test")) {
      Map<String, Object> customer = client.ok("/v1/customers", obj("email", email));
      assertThat(customer).as(email).containsEntry("email", email);
    }
    MockHttp.Reply bad = client.post("/v1/customers", obj("email", "ada@@example.com"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.error()).containsEntry("param", "email");
  }
}
