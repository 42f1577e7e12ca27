package dev.billkit.mock.internal.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's idempotency keys (DESIGN §5). A key is claimed when execution begins and holds the
 * first answer once it completes. Keys expire 24 hours after their first use by the tenant's clock;
 * to keep memory bounded, only the newest {@code capacity} keys are kept (10 000 by default),
 * oldest dropped first. Thread-safe; every method is short and holds one monitor.
 */
public final class IdempotencyStore {
  /** How long a key is kept, in tenant-clock seconds. */
  public static final long TTL_SECONDS = 24 * 60 * 60;

  /** The default number of keys kept per tenant. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private static final MessageDigest SHA256 = newSha256();

  private final int capacity;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  IdempotencyStore(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Claims {@code key} for a request, or reports why it cannot run.
   *
   * @param path the request path (with query, if any); the method is always POST
   * @param body the raw request body
   * @param nowSecond the tenant's clock
   */
  public synchronized Claim begin(String key, String path, byte[] body, long nowSecond) {
    expire(nowSecond);
    byte[] digest = digest(path, body);
    Entry existing = entries.get(key);
    if (existing != null) {
      if (!Arrays.equals(existing.digest, digest)) {
        return new Claim(Claim.Outcome.MISMATCH, existing);
      }
      return new Claim(
          existing.response == null ? Claim.Outcome.IN_FLIGHT : Claim.Outcome.REPLAY, existing);
    }
    Entry entry = new Entry(key, path, digest, nowSecond);
    entries.put(key, entry);
    evictOverCapacity();
    return new Claim(Claim.Outcome.EXECUTE, entry);
  }

  /** Stores the first answer of a claimed key; later requests with it replay this answer. */
  public synchronized void complete(Entry entry, StoredResponse response) {
    entry.response = response;
  }

  /** Releases a claim whose request ended without an answer to keep (nothing is stored). */
  public synchronized void abandon(Entry entry) {
    if (entries.get(entry.key) == entry && entry.response == null) {
      entries.remove(entry.key);
    }
  }

  /** Keys held now (claimed or completed). */
  public synchronized int size() {
    return entries.size();
  }

  /** The completed entries, oldest first, for saving state. */
  public synchronized List<Entry> completed() {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.response != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** Restores a completed entry saved by {@link #completed()}. */
  synchronized void restore(
      String key, String path, byte[] digest, long firstUsed, StoredResponse response) {
    Entry entry = new Entry(key, path, digest, firstUsed);
    entry.response = response;
    entries.put(key, entry);
  }

  private void expire(long nowSecond) {
    Iterator<Entry> it = entries.values().iterator();
    while (it.hasNext()) {
      Entry e = it.next();
      if (e.firstUsed + TTL_SECONDS > nowSecond) {
        break; // insertion order is first-use order, and the clock only moves forward
      }
      if (e.response != null) {
        it.remove();
      }
    }
  }

  private void evictOverCapacity() {
    Iterator<Entry> it = entries.values().iterator();
    while (entries.size() > capacity && it.hasNext()) {
      if (it.next().response != null) {
        it.remove();
      }
    }
  }

  private static byte[] digest(String path, byte[] body) {
    MessageDigest sha = sha256();
    sha.update(path.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    return Arrays.copyOf(sha.digest(body), 16);
  }

  /**
   * A fresh SHA-256, cloned from a prototype: {@code MessageDigest.getInstance} looks the provider
   * up on every call, which cost about as much as the hashing itself on a POST.
   */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA256.clone();
    } catch (CloneNotSupportedException e) {
      return newSha256();
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The result of {@link #begin}. */
  public record Claim(Outcome outcome, Entry entry) {
    /** What the request must do. */
    public enum Outcome {
      /** The key is new: execute, then {@link #complete} or {@link #abandon}. */
      EXECUTE,
      /** The key holds an answer: replay it. */
      REPLAY,
      /** The first request with this key is still running: 409. */
      IN_FLIGHT,
      /** The key was first used with another path or body: 400 idempotency_error. */
      MISMATCH
    }
  }

  /**
   * A stored answer.
   *
   * @param headers extra headers to replay (e.g. {@code Should-Retry})
   */
  public record StoredResponse(int status, byte[] body, Map<String, String> headers) {}

  /** One key. Its answer is null while the first request runs. */
  public static final class Entry {
    final String key;
    final String path;
    final byte[] digest;
    final long firstUsed;
    volatile StoredResponse response;

    Entry(String key, String path, byte[] digest, long firstUsed) {
      this.key = key;
      this.path = path;
      this.digest = digest;
      this.firstUsed = firstUsed;
    }

    public String key() {
      return key;
    }

    public String path() {
      return path;
    }

    public byte[] digest() {
      return digest;
    }

    public long firstUsed() {
      return firstUsed;
    }

    public StoredResponse response() {
      return response;
    }
  }
}
