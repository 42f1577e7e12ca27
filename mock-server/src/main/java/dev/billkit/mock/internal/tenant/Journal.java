package dev.billkit.mock.internal.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A tenant's bounded request journal (mock-admin.yaml {@code GET /_mock/requests}): the newest
 * {@code limit} requests, oldest dropped first, within the server-wide {@link JournalBudget}.
 * Entries share their byte arrays with the request and the response (a GET's response body is the
 * stored object's own array), so an entry costs little more than its headers and path. Thread-safe.
 */
public final class Journal {
  /** The default bound per tenant (the server's {@code --journal-size}). */
  public static final int DEFAULT_LIMIT = 10_000;

  private final int limit;
  private final JournalBudget budget;
  private Entry[] ring = new Entry[0];
  private int head; // index of the oldest entry
  private int size;
  private long dropped;
  private long recorded; // entries ever recorded: the newest entry's serial number

  Journal(int limit) {
    this(limit, JournalBudget.UNBOUNDED);
  }

  Journal(int limit, JournalBudget budget) {
    this.limit = limit;
    this.budget = budget;
  }

  /**
   * Records a request; drops the oldest entry when full, or the server's oldest when the server's
   * {@link JournalBudget} is spent.
   */
  public void record(Entry entry) {
    long serial;
    synchronized (this) {
      if (limit == 0) {
        dropped++;
        return;
      }
      if (size < limit) {
        if (size == ring.length) {
          grow(Math.min(limit, Math.max(16, size * 2)));
        }
        ring[(head + size++) % ring.length] = entry;
      } else {
        ring[head] = entry;
        head = (head + 1) % ring.length;
        dropped++;
      }
      serial = ++recorded;
    }
    budget.recorded(this, serial);
  }

  /** Drops the oldest entries up to and including serial number {@code serial}, if still held. */
  synchronized void dropThrough(long serial) {
    while (size > 0 && recorded - size + 1 <= serial) {
      ring[head] = null;
      head = (head + 1) % ring.length;
      size--;
      dropped++;
    }
  }

  /**
   * Up to {@code max} entries that match, newest first, plus one more if there is one (so the
   * caller can tell {@code has_more}).
   */
  public synchronized List<Entry> newestFirst(Predicate<Entry> filter, int max) {
    List<Entry> out = new ArrayList<>(Math.min(max + 1, size));
    for (int i = size - 1; i >= 0 && out.size() <= max; i--) {
      Entry e = ring[(head + i) % ring.length];
      if (filter.test(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Entries held now. */
  public synchronized int size() {
    return size;
  }

  /** How many of the oldest entries were dropped so far. */
  public synchronized long dropped() {
    return dropped;
  }

  private void grow(int capacity) {
    Entry[] bigger = new Entry[capacity];
    for (int i = 0; i < size; i++) {
      bigger[i] = ring[(head + i) % ring.length];
    }
    ring = bigger;
    head = 0;
  }

  /**
   * One journaled request and its answer. Arrays are shared, never modified.
   *
   * @param requestSeq the tenant's request counter value (its id derives from it)
   * @param clockSecond the tenant's clock when it arrived
   * @param path without the query
   * @param query the raw query without {@code ?}, or null
   * @param operation the billing operation's index, or -1 when none matched
   * @param headers lower-case names and values, alternating; the API key already redacted
   * @param requestBody the raw body, or null when none
   * @param status the answered status; 0 when the connection was dropped
   * @param responseBody the answered body, or null when none was sent
   * @param fault the fault applied, or null
   */
  public record Entry(
      long requestSeq,
      long clockSecond,
      String method,
      String path,
      String query,
      int operation,
      String idempotencyKey,
      String[] headers,
      byte[] requestBody,
      int status,
      byte[] responseBody,
      boolean replayed,
      long durationMillis,
      AppliedFault fault) {}
}
