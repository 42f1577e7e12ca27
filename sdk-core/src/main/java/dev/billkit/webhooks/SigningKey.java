package dev.billkit.webhooks;

import dev.billkit.webhooks.WebhookVerificationException.Reason;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One {@code whsec_} secret, decoded the Standard Webhooks way (base64 of the tail, not the UTF-8
 * bytes of the whole string), with HMAC-SHA256 instances keyed once and reused.
 *
 * <p>Thread-safe: the prototype {@link Mac} is never used directly, only cloned, and a pooled
 * instance belongs to one caller between {@link #acquire} and {@link #recycle}.
 */
final class SigningKey {

  static final String PREFIX = "whsec_";
  private static final String ALGORITHM = "HmacSHA256";
  // The spec's range for symmetric secrets: at least 192 bits, at most 512.
  private static final int MIN_BYTES = 24;
  private static final int MAX_BYTES = 64;

  // Idle MACs per key, one slot per thread-id bucket; works for platform and virtual threads alike.
  private static final int POOL_SIZE = 16;

  private final SecretKeySpec key;
  private final Mac prototype;
  private final boolean cloneable;
  private final AtomicReferenceArray<Mac> pool = new AtomicReferenceArray<>(POOL_SIZE);

  private SigningKey(byte[] raw) {
    this.key = new SecretKeySpec(raw, ALGORITHM);
    this.prototype = keyedMac(key);
    this.cloneable = isCloneable(prototype);
  }

  /**
   * Parses a secret; {@code label} names it in the error (e.g. "secret #2"), never its value.
   *
   * @throws WebhookVerificationException with {@link Reason#BAD_SECRET} if malformed
   */
  static SigningKey parse(String secret, String label) {
    if (secret == null || secret.isBlank()) {
      throw bad(label + " is empty; pass the endpoint's signing secret, \"whsec_\" + base64");
    }
    String s = secret.strip();
    if (!s.startsWith(PREFIX)) {
      throw bad(
          label
              + " does not start with \"whsec_\"; pass the signing secret exactly as shown for"
              + " the endpoint (a \"v1,...\" value is a signature, not a secret)");
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(s.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw bad(label + " is not valid base64 after \"whsec_\"");
    }
    if (raw.length < MIN_BYTES || raw.length > MAX_BYTES) {
      throw bad(
          label
              + " decodes to "
              + raw.length
              + " bytes; Standard Webhooks secrets are 24 to 64 random bytes");
    }
    return new SigningKey(raw);
  }

  /**
   * A keyed MAC ready for {@code update}, owned by the caller until it passes it to {@link
   * #recycle}. Takes the idle instance of the calling thread's pool slot when there is one, which
   * spares a clone on the hot path; the slot is taken atomically, so no two callers share a MAC.
   */
  Mac acquire() {
    Mac mac = pool.getAndSet(slot(), null);
    if (mac != null) {
      return mac;
    }
    if (cloneable) {
      try {
        return (Mac) prototype.clone();
      } catch (CloneNotSupportedException e) {
        // isCloneable() said otherwise; fall through to a fresh instance.
      }
    }
    return keyedMac(key);
  }

  /**
   * Parks a MAC after {@code doFinal} (which resets it) in the caller's slot. A MAC already parked
   * there is simply dropped: nobody owns a parked MAC, so losing one costs only a later clone.
   */
  void recycle(Mac mac) {
    pool.setRelease(slot(), mac);
  }

  private static int slot() {
    return (int) Thread.currentThread().getId() & (POOL_SIZE - 1);
  }

  private static Mac keyedMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java SE runtime must provide HmacSHA256; reaching this means a broken JCA setup.
      throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
    }
  }

  private static boolean isCloneable(Mac mac) {
    try {
      mac.clone();
      return true;
    } catch (CloneNotSupportedException e) {
      return false;
    }
  }

  private static WebhookVerificationException bad(String message) {
    return new WebhookVerificationException(Reason.BAD_SECRET, "Bad webhook secret: " + message);
  }

  @Override
  public String toString() {
    return "SigningKey[redacted]";
  }
}
