package dev.billkit.mock.internal.domain.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The wire form of attempts: the signed headers (stamped with the wall clock at the moment of
 * sending, since receivers check {@code webhook-timestamp} against their own clock) and the admin
 * log's {@code WebhookDeliveryAttempt} entries. Thread-safe.
 */
final class Attempts {
  private static final String USER_AGENT = "billkit-mock/" + version();

  private final WebhookOptions options;

  Attempts(WebhookOptions options) {
    this.options = options;
  }

  /** The headers of an attempt signed now with every active secret. */
  Map<String, String> headers(Send send) {
    long now = options.wallClock().instant().getEpochSecond();
    return Signatures.headers(send.event(), now, send.payload(), send.keys(), USER_AGENT);
  }

  /** The admin log entry of an attempt (mock-admin.yaml {@code WebhookDeliveryAttempt}). */
  Map<String, Object> entry(Send send, Map<String, String> headers, Result result, String chaos) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("object", "mock_webhook_delivery");
    entry.put("event", send.event());
    entry.put("type", send.type());
    entry.put("endpoint", send.endpoint());
    entry.put("url", send.url());
    entry.put("attempt", send.attempt());
    entry.put("attempted_at", send.attemptedAt());
    entry.put("request_headers", new LinkedHashMap<String, Object>(headers));
    entry.put("payload", new String(send.payload(), StandardCharsets.UTF_8));
    entry.put("response_status", result.status() == null ? null : (long) result.status());
    entry.put("error", result.error());
    entry.put("succeeded", result.succeeded());
    entry.put("duration_ms", result.millis());
    entry.put("chaos", chaos);
    return entry;
  }

  private static String version() {
    try (InputStream in =
        Attempts.class.getResourceAsStream("/dev/billkit/mock/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
