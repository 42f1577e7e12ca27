package dev.billkit.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A signed delivery whose parts tests can tamper with. */
final class TestDelivery {

  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String OTHER_SECRET = "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY=";
  static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  byte[] body;
  final Map<String, List<String>> headers = new LinkedHashMap<>();

  private TestDelivery(String id, Instant at, byte[] body, String... secrets) {
    this.body = body;
    WebhookSigner.of(secrets).sign(id, at, body).forEach((k, v) -> set(k, v));
  }

  static TestDelivery signed(String body) {
    return new TestDelivery("evt_1", NOW, body.getBytes(StandardCharsets.UTF_8), SECRET);
  }

  static TestDelivery signedAt(Instant at, String... secrets) {
    byte[] body = "{\"type\":\"invoice.paid\"}".getBytes(StandardCharsets.UTF_8);
    return new TestDelivery("evt_1", at, body, secrets);
  }

  static WebhookVerifier verifier(String... secrets) {
    WebhookVerifier.Builder b = WebhookVerifier.builder().clock(CLOCK);
    for (String s : secrets) {
      b.addSecret(s);
    }
    return b.build();
  }

  String get(String name) {
    return headers.get(name).get(0);
  }

  TestDelivery set(String name, String value) {
    headers.put(name, new ArrayList<>(List.of(value)));
    return this;
  }

  TestDelivery add(String name, String value) {
    headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  TestDelivery remove(String name) {
    headers.remove(name);
    return this;
  }

  VerifiedWebhook verifyWith(WebhookVerifier verifier) {
    return verifier.verify(body, headers);
  }
}
