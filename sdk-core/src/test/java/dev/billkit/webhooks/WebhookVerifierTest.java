package dev.billkit.webhooks;

import static dev.billkit.webhooks.TestDelivery.CLOCK;
import static dev.billkit.webhooks.TestDelivery.NOW;
import static dev.billkit.webhooks.TestDelivery.OTHER_SECRET;
import static dev.billkit.webhooks.TestDelivery.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

  @Test
  void returnsIdTimestampAndTheIndexOfTheMatchingSecret() {
    VerifiedWebhook hook =
        TestDelivery.signedAt(NOW, SECRET).verifyWith(TestDelivery.verifier(SECRET));

    assertThat(hook).isEqualTo(new VerifiedWebhook("evt_1", NOW, 0));
  }

  @Test
  void acceptsTheNewSecretDuringRotationAndSaysWhichOneMatched() {
    WebhookVerifier verifier = TestDelivery.verifier(SECRET, OTHER_SECRET);

    assertThat(TestDelivery.signedAt(NOW, OTHER_SECRET).verifyWith(verifier).secretIndex()).isOne();
    assertThat(TestDelivery.signedAt(NOW, SECRET).verifyWith(verifier).secretIndex()).isZero();
  }

  @Test
  void acceptsAHeaderSignedWithOldAndNewSecretsByAVerifierThatKnowsOnlyOne() {
    TestDelivery both = TestDelivery.signedAt(NOW, OTHER_SECRET, SECRET);

    assertThat(both.get("webhook-signature").split(" ")).hasSize(2);
    assertThat(both.verifyWith(TestDelivery.verifier(SECRET)).secretIndex()).isZero();
  }

  @Test
  void acceptsTheValidSignatureAmongWrongOnesAndOtherSchemes() {
    TestDelivery d = TestDelivery.signedAt(NOW, SECRET);
    String valid = d.get("webhook-signature");
    d.set(
        "webhook-signature", "v1a,AAAA  v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= " + valid);

    assertThat(d.verifyWith(TestDelivery.verifier(SECRET)).id()).isEqualTo("evt_1");
  }

  @Test
  void toleranceIsInclusiveAtFiveMinutesInBothDirections() {
    WebhookVerifier verifier = TestDelivery.verifier(SECRET);

    assertThat(TestDelivery.signedAt(NOW.minus(Duration.ofMinutes(5)), SECRET).verifyWith(verifier))
        .isNotNull();
    assertThat(TestDelivery.signedAt(NOW.plus(Duration.ofMinutes(5)), SECRET).verifyWith(verifier))
        .isNotNull();
  }

  @Test
  void customToleranceAppliesInBothDirections() {
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .addSecret(SECRET)
            .tolerance(Duration.ofSeconds(30))
            .clock(CLOCK)
            .build();

    assertThat(TestDelivery.signedAt(NOW.minusSeconds(30), SECRET).verifyWith(verifier))
        .isNotNull();
    assertReason(
        () -> TestDelivery.signedAt(NOW.minusSeconds(31), SECRET).verifyWith(verifier),
        Reason.TIMESTAMP_TOO_OLD);
    assertReason(
        () -> TestDelivery.signedAt(NOW.plusSeconds(31), SECRET).verifyWith(verifier),
        Reason.TIMESTAMP_IN_FUTURE);
  }

  @Test
  void headerNamesMatchCaseInsensitively() {
    TestDelivery d = TestDelivery.signedAt(NOW, SECRET);
    Map<String, List<String>> mixed =
        Map.of(
            "Webhook-Id", d.headers.get("webhook-id"),
            "WEBHOOK-TIMESTAMP", d.headers.get("webhook-timestamp"),
            "webhook-Signature", d.headers.get("webhook-signature"));

    assertThat(TestDelivery.verifier(SECRET).verify(d.body, mixed).id()).isEqualTo("evt_1");
  }

  @Test
  void acceptsHeadersFromAnyStackThroughALambda() {
    TestDelivery d = TestDelivery.signedAt(NOW, SECRET);

    VerifiedWebhook hook =
        TestDelivery.verifier(SECRET).verify(d.body, name -> d.headers.get(name.toLowerCase()));

    assertThat(hook.id()).isEqualTo("evt_1");
  }

  @Test
  void verifiesMultibyteUtf8BodiesAsBytesAndThroughTheUtf8StringOverload() {
    String json = "{\"name\":\"Zoë Ångström\",\"note\":\"日本語 ✓ 🎉\"}\n";
    TestDelivery d = TestDelivery.signed(json);
    WebhookVerifier verifier = TestDelivery.verifier(SECRET);

    assertThat(verifier.verify(d.body, d.headers)).isNotNull();
    assertThat(verifier.verify(json, WebhookHeaders.of(d.headers))).isNotNull();
  }

  @Test
  void bodyDecodedWithTheWrongCharsetNoLongerMatches() {
    TestDelivery d = TestDelivery.signed("{\"name\":\"Zoë\"}");
    String misread = new String(d.body, StandardCharsets.ISO_8859_1);

    assertReason(
        () -> TestDelivery.verifier(SECRET).verify(misread, WebhookHeaders.of(d.headers)),
        Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void malformedTimestampsAreRejectedBeforeAnyHmac() {
    WebhookVerifier verifier = TestDelivery.verifier(SECRET);
    for (String ts : List.of("-1", "+1793534400", "1.7e9", " 1793534400", "1793534400000000")) {
      TestDelivery d = TestDelivery.signedAt(NOW, SECRET).set("webhook-timestamp", ts);
      assertReason(() -> d.verifyWith(verifier), Reason.MALFORMED_HEADER);
    }
  }

  @Test
  void emptyHeaderValueCountsAsMissing() {
    TestDelivery d = TestDelivery.signedAt(NOW, SECRET).set("webhook-id", "");
    assertReason(() -> d.verifyWith(TestDelivery.verifier(SECRET)), Reason.MISSING_HEADER);
  }

  @Test
  void signatureHeaderWithoutAnyEntryIsMalformed() {
    TestDelivery d = TestDelivery.signedAt(NOW, SECRET).set("webhook-signature", "   ");
    assertReason(() -> d.verifyWith(TestDelivery.verifier(SECRET)), Reason.MALFORMED_HEADER);
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    WebhookVerifier verifier = TestDelivery.verifier(OTHER_SECRET, SECRET);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  int ok = 0;
                  for (int i = 0; i < 500; i++) {
                    TestDelivery d = TestDelivery.signed("{\"n\":" + i + "}");
                    ok += d.verifyWith(verifier).secretIndex();
                  }
                  return ok;
                }));
      }
      for (Future<Integer> r : results) {
        assertThat(r.get()).isEqualTo(500);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toStringShowsNoSecretMaterial() {
    assertThat(TestDelivery.verifier(SECRET).toString())
        .doesNotContain("MfKQ")
        .contains("secrets=1");
  }

  static void assertReason(Runnable call, Reason reason) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
