package dev.billkit.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the test vectors of the Standard Webhooks reference libraries (the resource names its
 * sources: repository, path and commit).
 */
class StandardWebhooksVectorsTest {

  private static final Map<String, Object> VECTORS = load();

  @SuppressWarnings("unchecked")
  private static final Map<String, String> MESSAGE = (Map<String, String>) VECTORS.get("message");

  @Test
  void signerReproducesTheReferenceSignature() {
    Map<String, String> headers =
        WebhookSigner.of(MESSAGE.get("secret"))
            .sign(
                MESSAGE.get("id"),
                Instant.ofEpochSecond(Long.parseLong(MESSAGE.get("timestamp"))),
                MESSAGE.get("body"));

    assertThat(headers.get("webhook-signature")).isEqualTo(MESSAGE.get("signature"));
    assertThat(headers.get("webhook-timestamp")).isEqualTo(MESSAGE.get("timestamp"));
  }

  @Test
  void vectorsNameTheirSourcesWithCommits() {
    @SuppressWarnings("unchecked")
    List<Map<String, String>> sources = (List<Map<String, String>>) VECTORS.get("sources");
    assertThat(sources).hasSize(4);
    assertThat(sources)
        .allSatisfy(s -> assertThat(s.get("commit")).matches("[0-9a-f]{40}"))
        .allSatisfy(
            s -> assertThat(s.get("repo")).isEqualTo("standard-webhooks/standard-webhooks"));
  }

  @TestFactory
  Stream<DynamicTest> verifierAgreesWithEveryReferenceCase() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cases = (List<Map<String, Object>>) VECTORS.get("cases");
    return cases.stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> run(c)));
  }

  @TestFactory
  Stream<DynamicTest> secretFormatsAreHandledAsDocumented() {
    @SuppressWarnings("unchecked")
    List<Map<String, String>> cases = (List<Map<String, String>>) VECTORS.get("secrets");
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.get("name"),
                    () -> {
                      if ("ACCEPT".equals(c.get("expect"))) {
                        assertThat(WebhookVerifier.builder().addSecret(c.get("secret")).build())
                            .isNotNull();
                      } else {
                        assertThatThrownBy(
                                () -> WebhookVerifier.builder().addSecret(c.get("secret")))
                            .isInstanceOfSatisfying(
                                WebhookVerificationException.class,
                                e -> assertThat(e.reason().name()).isEqualTo(c.get("expect")));
                      }
                    }));
  }

  private static void run(Map<String, Object> c) {
    long ts = Long.parseLong(MESSAGE.get("timestamp"));
    long offset =
        c.containsKey("nowOffsetSeconds") ? ((Number) c.get("nowOffsetSeconds")).longValue() : 0;
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .addSecret(MESSAGE.get("secret"))
            .clock(Clock.fixed(Instant.ofEpochSecond(ts + offset), ZoneOffset.UTC))
            .build();
    Map<String, List<String>> headers = new HashMap<>();
    headers.put("webhook-id", List.of(MESSAGE.get("id")));
    headers.put("webhook-timestamp", List.of(str(c, "timestamp", MESSAGE.get("timestamp"))));
    headers.put("webhook-signature", List.of(str(c, "signature", MESSAGE.get("signature"))));
    if (c.containsKey("remove")) {
      headers.remove((String) c.get("remove"));
    }
    byte[] body = MESSAGE.get("body").getBytes(StandardCharsets.UTF_8);

    if ("ACCEPT".equals(c.get("expect"))) {
      VerifiedWebhook hook = verifier.verify(body, headers);
      assertThat(hook.id()).isEqualTo(MESSAGE.get("id"));
      assertThat(hook.timestamp()).isEqualTo(Instant.ofEpochSecond(ts));
    } else {
      assertThatThrownBy(() -> verifier.verify(body, headers))
          .isInstanceOfSatisfying(
              WebhookVerificationException.class,
              e -> assertThat(e.reason().name()).isEqualTo(c.get("expect")));
    }
  }

  private static String str(Map<String, Object> c, String key, String fallback) {
    return c.containsKey(key) ? (String) c.get(key) : fallback;
  }

  private static Map<String, Object> load() {
    try (InputStream in =
        StandardWebhooksVectorsTest.class.getResourceAsStream("standard-webhooks-vectors.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, Object> map =
          new Moshi.Builder()
              .build()
              .<Map<String, Object>>adapter(
                  Types.newParameterizedType(Map.class, String.class, Object.class))
              .fromJson(json);
      return new HashMap<>(map);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
