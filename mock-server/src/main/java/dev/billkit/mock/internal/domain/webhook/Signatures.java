package dev.billkit.mock.internal.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks v1 signing (DESIGN §7), on javax.crypto only: the mock never depends on the
 * SDK, so that it checks the SDK's verifier rather than sharing its code. Stateless.
 */
final class Signatures {
  static final String PREFIX = "whsec_";

  private Signatures() {}

  /** The HMAC key of a {@code whsec_…} secret: the base64-decoded part after the prefix. */
  static byte[] key(String secret) {
    if (!secret.startsWith(PREFIX)) {
      throw new IllegalArgumentException("a signing secret starts with " + PREFIX);
    }
    return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
  }

  /**
   * {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, one per key, space-separated.
   *
   * @param keys the HMAC keys of the endpoint's active secrets, newest first
   */
  static String sign(String id, long timestamp, byte[] body, List<byte[]> keys) {
    List<String> signatures = new ArrayList<>(keys.size());
    byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      for (byte[] key : keys) {
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update(prefix);
        mac.update(body);
        signatures.add("v1," + Base64.getEncoder().encodeToString(mac.doFinal()));
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
    return String.join(" ", signatures);
  }

  /** The headers of one attempt, names in lower case, in the order they are sent. */
  static Map<String, String> headers(
      String eventId, long timestamp, byte[] body, List<byte[]> keys, String userAgent) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("webhook-id", eventId);
    headers.put("webhook-timestamp", Long.toString(timestamp));
    headers.put("webhook-signature", sign(eventId, timestamp, body, keys));
    headers.put("content-type", "application/json");
    headers.put("user-agent", userAgent);
    return headers;
  }
}
