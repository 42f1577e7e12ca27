package dev.billkit.mock.internal.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;

/**
 * When a failed delivery is retried: exponential backoff from {@link #BASE} doubling per attempt up
 * to {@link #CAP}, plus up to 20% jitter. The jitter is a hash of the delivery id (itself derived
 * from the server seed and the API key), so the schedule is the same on every run. Stateless.
 */
final class Backoff {
  /** The wait after a chain's first failed attempt. */
  static final Duration BASE = Duration.ofSeconds(30);

  /** The longest wait between two attempts. */
  static final Duration CAP = Duration.ofHours(6);

  /** Attempts per chain (a first delivery or a redelivery, plus its retries). */
  static final int MAX_ATTEMPTS = 10;

  private Backoff() {}

  /**
   * The wait before the retry that follows a failed attempt.
   *
   * @param failedInChain which attempt of its chain failed, from 1
   * @param deliveryId the failed attempt's id, the source of the jitter
   */
  static Duration after(int failedInChain, String deliveryId) {
    long base = BASE.getSeconds() << Math.min(failedInChain - 1, 20);
    base = Math.min(base, CAP.getSeconds());
    long jitter = Math.floorMod(hash(deliveryId + "#" + failedInChain), base / 5 + 1);
    return Duration.ofSeconds(base + jitter);
  }

  private static long hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
