package dev.billkit.mock.internal.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;

/**
 * A tenant's deterministic id sequences: one counter per {@link IdPrefix}, plus one for secrets.
 * The n-th id of a prefix is {@code prefix + base62(mix(salt, prefix, n))}, where the salt comes
 * from the server seed and the API key. The mix is a bijection of n, so ids never repeat within a
 * tenant, and the same calls with the same key and seed give the same ids. An id taken inside a
 * unit of work that rolls back is given back, so a rejected request does not shift later ids.
 * Thread-safe.
 */
public final class Ids {
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int SECRET_SLOT = IdPrefix.values().length;
  static final int ID_CHARS = 14;

  private final long salt;
  private final Consumer<Runnable> undo;
  private final AtomicLongArray counters = new AtomicLongArray(SECRET_SLOT + 1);

  Ids(long salt) {
    this(salt, u -> {});
  }

  /**
   * @param undo receives the inverse of every id taken (the tenant's undo log, which keeps only
   *     those taken by the thread running a unit of work)
   */
  Ids(long salt, Consumer<Runnable> undo) {
    this.salt = salt;
    this.undo = undo;
  }

  /** The salt of a tenant: the first 8 bytes of SHA-256 over the seed and the key. */
  static long salt(long seed, String apiKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((seed + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
      long salt = 0;
      for (int i = 0; i < 8; i++) {
        salt = (salt << 8) | (digest[i] & 0xff);
      }
      return salt;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The next id with this prefix, e.g. {@code cus_3kTMd9Qx0b1LpZ}. */
  public String next(IdPrefix prefix) {
    if (prefix == IdPrefix.REQUEST) {
      throw new IllegalArgumentException("request ids come from requestId(n)");
    }
    long n = take(prefix.ordinal());
    return prefix.prefix() + encode(prefix.ordinal(), n, ID_CHARS);
  }

  /** The id of the tenant's n-th request, e.g. {@code req_Qx0b1Lp3kTMd9Z}. */
  public String requestId(long n) {
    return IdPrefix.REQUEST.prefix() + encode(IdPrefix.REQUEST.ordinal(), n, ID_CHARS);
  }

  /**
   * A deterministic secret-looking token of {@code chars} base62 characters (client secrets,
   * webhook secrets, license keys). Not a real secret: it is predictable by design.
   */
  public String secret(int chars) {
    long n = take(SECRET_SLOT);
    return encode(SECRET_SLOT, n, chars);
  }

  private long take(int slot) {
    long n = counters.incrementAndGet(slot);
    // Only the unit's own thread takes ids of this slot meanwhile (fault ids come from another
    // slot), so giving one back restores exactly the previous count.
    undo.accept(() -> counters.decrementAndGet(slot));
    return n;
  }

  private String encode(int slot, long n, int chars) {
    StringBuilder sb = new StringBuilder(chars);
    long state = salt ^ (0x9E3779B97F4A7C15L * (slot + 1));
    long block = mix(state + n);
    long round = 0;
    while (sb.length() < chars) {
      // 11 base62 digits hold a whole 64-bit block, so the first 11 characters alone are a
      // bijection of n; later characters come from further blocks.
      for (int i = 0; i < 11 && sb.length() < chars; i++) {
        sb.append(BASE62.charAt((int) Long.remainderUnsigned(block, 62)));
        block = Long.divideUnsigned(block, 62);
      }
      block = mix(state + n + (++round << 40) + 0x632BE59BD9B4E019L);
    }
    return sb.toString();
  }

  /** The murmur3 finalizer: a bijection on 64-bit values. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** The counters, for saving state. */
  long[] counters() {
    long[] copy = new long[counters.length()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = counters.get(i);
    }
    return copy;
  }

  /** Restores counters saved by {@link #counters()}. */
  void restore(long[] saved) {
    for (int i = 0; i < Math.min(saved.length, counters.length()); i++) {
      counters.set(i, saved[i]);
    }
  }
}
