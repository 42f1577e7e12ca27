package dev.billkit.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Interop with the official {@code standardwebhooks} npm package, version 1.1.1 exactly (see
 * src/test/node/package-lock.json; the Maven build runs {@code npm ci} when it is missing). Node
 * runs as a child process; it reads the system clock, so deliveries are signed at the current time.
 */
class NodeInteropTest {

  private static final Path NODE_DIR = Path.of("src", "test", "node");
  private static final String SECRET = WebhookSigner.generateSecret();
  private static final String OTHER = WebhookSigner.generateSecret();
  private static final List<String> BODIES =
      List.of(
          "{\"type\":\"invoice.paid\",\"data\":{\"amount\":1999}}",
          "{\"customer\":\"Zoë Ångström\",\"note\":\"日本語 ✓ 🎉\"}\n",
          "");

  private static final JsonAdapter<Map<String, Object>> JSON =
      new Moshi.Builder()
          .build()
          .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  @Test
  void officialNpmPackageVerifiesSignaturesMadeByOurSigner() throws Exception {
    List<Map<String, Object>> cases = new ArrayList<>();
    for (int i = 0; i < BODIES.size(); i++) {
      Map<String, String> headers =
          WebhookSigner.of(SECRET).sign("evt_n" + i, Instant.now(), BODIES.get(i));
      cases.add(verifyCase(SECRET, headers, BODIES.get(i)));
    }

    assertThat(runNode(cases)).allSatisfy(r -> assertThat(r).containsEntry("ok", true));
  }

  @Test
  void officialNpmPackageAcceptsEitherSecretOfARotatingSignatureHeader() throws Exception {
    Map<String, String> headers =
        WebhookSigner.of(OTHER, SECRET).sign("evt_rot", Instant.now(), "{}");

    List<Map<String, Object>> results =
        runNode(List.of(verifyCase(SECRET, headers, "{}"), verifyCase(OTHER, headers, "{}")));

    assertThat(results).allSatisfy(r -> assertThat(r).containsEntry("ok", true));
  }

  @Test
  void officialNpmPackageRejectsOurSignatureOverATamperedBody() throws Exception {
    Map<String, String> headers =
        WebhookSigner.of(SECRET).sign("evt_t", Instant.now(), "{\"a\":1}");

    List<Map<String, Object>> results = runNode(List.of(verifyCase(SECRET, headers, "{\"a\":2}")));

    assertThat(results.get(0)).containsEntry("ok", false);
    assertThat((String) results.get(0).get("error")).contains("No matching signature");
  }

  @Test
  void ourVerifierAcceptsSignaturesMadeByTheOfficialNpmPackage() throws Exception {
    long now = Instant.now().getEpochSecond();
    List<Map<String, Object>> cases = new ArrayList<>();
    for (int i = 0; i < BODIES.size(); i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("op", "sign");
      c.put("secret", SECRET);
      c.put("id", "msg_js" + i);
      c.put("timestamp", now);
      c.put("bodyBase64", base64(BODIES.get(i)));
      cases.add(c);
    }
    List<Map<String, Object>> results = runNode(cases);

    WebhookVerifier verifier = WebhookVerifier.builder().addSecret(SECRET).build();
    for (int i = 0; i < BODIES.size(); i++) {
      Map<String, List<String>> headers =
          Map.of(
              "webhook-id", List.of("msg_js" + i),
              "webhook-timestamp", List.of(Long.toString(now)),
              "webhook-signature", List.of((String) results.get(i).get("signature")));
      VerifiedWebhook hook =
          verifier.verify(BODIES.get(i).getBytes(StandardCharsets.UTF_8), headers);
      assertThat(hook.id()).isEqualTo("msg_js" + i);
    }
  }

  private static Map<String, Object> verifyCase(
      String secret, Map<String, String> headers, String body) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("op", "verify");
    c.put("secret", secret);
    c.put("headers", headers);
    c.put("bodyBase64", base64(body));
    return c;
  }

  private static String base64(String body) {
    return Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> runNode(List<Map<String, Object>> cases)
      throws IOException, InterruptedException {
    assertThat(NODE_DIR.resolve("node_modules/standardwebhooks/package.json"))
        .as(
            "standardwebhooks npm package; run `npm ci` in %s (the Maven build does this)",
            NODE_DIR)
        .exists();
    Path stderr = Files.createTempFile("node-interop", ".err");
    Process node;
    try {
      node =
          new ProcessBuilder("node", "interop.js")
              .directory(NODE_DIR.toFile())
              .redirectError(stderr.toFile())
              .start();
    } catch (IOException e) {
      throw new AssertionError("Node.js is required for this test: install `nodejs` (>= 18)", e);
    }
    try (OutputStream in = node.getOutputStream()) {
      in.write(JSON.toJson(Map.of("cases", cases)).getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
    assertThat(node.exitValue()).as("node exit; stderr: %s", Files.readString(stderr)).isZero();
    Files.deleteIfExists(stderr);
    return (List<Map<String, Object>>) JSON.fromJson(out).get("results");
  }
}
