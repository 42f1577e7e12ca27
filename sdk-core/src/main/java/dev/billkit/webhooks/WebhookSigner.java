package dev.billkit.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Signs bodies the way a Standard Webhooks sender does, so that tests can post deliveries that
 * {@link WebhookVerifier} (or any other compliant verifier) accepts.
 *
 * <pre>{@code
 * WebhookSigner signer = WebhookSigner.of("whsec_...");
 * Map<String, String> headers = signer.sign("evt_123", Instant.now(), bodyBytes);
 * }</pre>
 *
 * <p>With several secrets, the signature header carries one {@code v1} entry per secret, as a
 * sender does while a secret rotates. Instances are immutable and thread-safe.
 */
public final class WebhookSigner {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int GENERATED_SECRET_BYTES = 32;

  private final List<SigningKey> keys;

  private WebhookSigner(List<SigningKey> keys) {
    this.keys = keys;
  }

  /**
   * Creates a signer.
   *
   * @param secrets one or more {@code whsec_} secrets, in the order their signatures appear
   * @throws WebhookVerificationException with {@code BAD_SECRET} if any is malformed or none given
   */
  public static WebhookSigner of(String... secrets) {
    Objects.requireNonNull(secrets, "secrets");
    if (secrets.length == 0) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.BAD_SECRET,
          "Bad webhook secret: none given; pass at least one \"whsec_...\" secret");
    }
    SigningKey[] keys = new SigningKey[secrets.length];
    for (int i = 0; i < secrets.length; i++) {
      keys[i] = SigningKey.parse(secrets[i], "secret #" + (i + 1));
    }
    return new WebhookSigner(List.of(keys));
  }

  /** A fresh secret: {@code whsec_} + base64 of 32 bytes from {@link SecureRandom}. */
  public static String generateSecret() {
    byte[] raw = new byte[GENERATED_SECRET_BYTES];
    RANDOM.nextBytes(raw);
    return SigningKey.PREFIX + Base64.getEncoder().encodeToString(raw);
  }

  /**
   * Signs {@code body} and returns the three headers to send with it, in the order {@code
   * webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}.
   *
   * @param id the message id: 1 to 255 visible ASCII characters without {@code '.'}
   * @param timestamp the attempt time; truncated to whole seconds, not before 1970
   * @param body the exact bytes that will be sent
   * @return an unmodifiable, ordered map of header name to value
   * @throws IllegalArgumentException if {@code id} or {@code timestamp} is out of range
   */
  public Map<String, String> sign(String id, Instant timestamp, byte[] body) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(body, "body");
    if (!SignedContent.isValidId(id)) {
      throw new IllegalArgumentException(
          "id must be 1 to 255 visible ASCII characters without '.' (got \"" + id + "\")");
    }
    if (timestamp.getEpochSecond() < 0) {
      throw new IllegalArgumentException(
          "timestamp must not be before 1970 (got " + timestamp + ")");
    }
    String seconds = Long.toString(timestamp.getEpochSecond());
    byte[] prefix = SignedContent.prefix(id, seconds);
    StringBuilder signature = new StringBuilder(keys.size() * (SignedContent.SIGNATURE_CHARS + 4));
    for (SigningKey key : keys) {
      if (signature.length() > 0) {
        signature.append(' ');
      }
      signature.append("v1,");
      signature.append(
          new String(SignedContent.sign(key, prefix, body), StandardCharsets.US_ASCII));
    }
    Map<String, String> headers = new LinkedHashMap<>(4);
    headers.put(WebhookHeaders.ID, id);
    headers.put(WebhookHeaders.TIMESTAMP, seconds);
    headers.put(WebhookHeaders.SIGNATURE, signature.toString());
    return Collections.unmodifiableMap(headers);
  }

  /** Signs a body given as a {@code String}, encoded as <b>UTF-8</b>; see {@link #sign}. */
  public Map<String, String> sign(String id, Instant timestamp, String bodyUtf8) {
    return sign(
        id, timestamp, Objects.requireNonNull(bodyUtf8, "body").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "WebhookSigner[secrets=" + keys.size() + "]";
  }
}
