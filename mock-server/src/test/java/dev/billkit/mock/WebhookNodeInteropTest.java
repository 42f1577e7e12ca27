package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.testing.Receiver;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Proof from outside the project (issue 5): the official {@code standardwebhooks} npm package,
 * version 1.1.1 exactly (src/test/node/package-lock.json; the Maven build runs {@code npm ci} when
 * it is missing), run with node, verifies real deliveries a receiver got from the mock server,
 * including the timestamp against node's own clock.
 */
class WebhookNodeInteropTest {
  private static final Path NODE_DIR = Path.of("src", "test", "node");
  @AutoClose static final DomainServer server = DomainServer.start();

  @Test
  void theOfficialPackageVerifiesFirstDeliveriesRetriesAndRotatedSignatures() throws Exception {
    String key = server.newKey();
    server.receiver.on("/node", Receiver.Behaviour.sequence(500, 200));
    Map<String, Object> endpoint = server.endpoint(key, "/node", "customer.created");
    String old = (String) endpoint.get("secret");
    server.customer(key, "{\"email\":\"zoe@example.com\",\"name\":\"Zoë Ångström — 日本語 ✓ 🎉\"}");
    server.await(key, "await=customer.created&attempt=1");
    server.advanceAccount(key, 3600);
    server.await(key, "await=customer.created&attempt=2&succeeded=true");
    String fresh =
        (String)
            server
                .post(key, "/v1/webhook_endpoints/" + endpoint.get("id") + "/rotate_secret", "{}")
                .get("secret");
    server.customer(key, "{\"email\":\"b@example.com\"}");
    List<Receiver.Received> got = server.receiver.await("/node", 3);

    List<Map<String, Object>> cases = new ArrayList<>();
    for (Receiver.Received r : got) {
      cases.add(verify(old, r, r.body()));
    }
    cases.add(verify(fresh, got.get(2), got.get(2).body()));
    List<Map<String, Object>> results = runNode(cases);

    for (int i = 0; i < got.size(); i++) {
      assertThat(results.get(i))
          .containsEntry("ok", true)
          .containsEntry("id", got.get(i).header("webhook-id"));
    }
    assertThat(results.get(3)).containsEntry("ok", true);
  }

  @Test
  void theOfficialPackageRejectsAWrongSecretAndATamperedBody() throws Exception {
    String key = server.newKey();
    Map<String, Object> endpoint = server.endpoint(key, "/node-bad", "customer.created");
    server.customer(key, "{\"email\":\"a@example.com\"}");
    Receiver.Received got = server.receiver.await("/node-bad", 1).get(0);
    String other = (String) server.endpoint(server.newKey(), "/unused", "*").get("secret");
    byte[] tampered = got.bodyText().replace("a@example.com", "b@example.com").getBytes();

    List<Map<String, Object>> results =
        runNode(
            List.of(
                verify(other, got, got.body()),
                verify((String) endpoint.get("secret"), got, tampered),
                verify((String) endpoint.get("secret"), got, got.body())));

    assertThat(results.get(0)).containsEntry("ok", false);
    assertThat((String) results.get(0).get("error")).contains("No matching signature");
    assertThat(results.get(1)).containsEntry("ok", false);
    assertThat(results.get(2)).containsEntry("ok", true);
  }

  private static Map<String, Object> verify(String secret, Receiver.Received r, byte[] body) {
    Map<String, Object> headers = new LinkedHashMap<>();
    for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
      headers.put(name, r.header(name));
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("secret", secret);
    c.put("headers", headers);
    c.put("bodyBase64", Base64.getEncoder().encodeToString(body));
    return c;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> runNode(List<Map<String, Object>> cases)
      throws IOException, InterruptedException {
    assertThat(NODE_DIR.resolve("node_modules/standardwebhooks/package.json"))
        .as("standardwebhooks npm package; run `npm ci` in %s (the Maven build does)", NODE_DIR)
        .exists();
    Path stderr = Files.createTempFile("mock-node-interop", ".err");
    Process node;
    try {
      node =
          new ProcessBuilder("node", "verify.js")
              .directory(NODE_DIR.toFile())
              .redirectError(stderr.toFile())
              .start();
    } catch (IOException e) {
      throw new AssertionError("Node.js is required for this test: install `nodejs` (>= 18)", e);
    }
    try (OutputStream in = node.getOutputStream()) {
      in.write(Json.write(Map.of("cases", cases)));
    }
    byte[] out = node.getInputStream().readAllBytes();
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
    assertThat(node.exitValue()).as("node exit; stderr: %s", Files.readString(stderr)).isZero();
    Files.deleteIfExists(stderr);
    return (List<Map<String, Object>>) Json.readObject(out).get("results");
  }
}
