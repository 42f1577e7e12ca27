package dev.billkit.mock.internal.tenant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A tenant's bounded request journal (mock-admin.yaml {@code GET /_mock/requests}): the newest
 * {@code limit} requests, oldest dropped first, within the server-wide {@link JournalBudget}.
 * Entries share their byte arrays with the request and the response (a GET's response body is the
 * stored object's own array). Thread-safe.
 *
 * <p>Entries are kept as columns of two flat arrays rather than as {@link Entry} objects: an entry
 * lives for many young collections before the budget drops it, and as objects every journaled
 * request left about 200 bytes for each of those collections to copy. That copying, not the live
 * set, was what made G1 keep growing the heap under load. Recording now leaves nothing new behind
 * but the request's own unique strings and bodies.
 */
public final class Journal {
  /** The default bound per tenant (the server's {@code --journal-size}). */
  public static final int DEFAULT_LIMIT = 10_000;

  private static final int NUMS = 4; // seq, clock second, duration, status|replayed|operation
  private static final int REFS = 8; // method, path, query, key, headers, bodies, fault

  private final int limit;
  private final JournalBudget budget;
  private long[] nums = new long[0];
  private Object[] refs = new Object[0];
  private int capacity;
  private int head; // slot of the oldest entry
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
   * {@link JournalBudget} is spent. The entry itself is not kept, only its fields.
   */
  public void record(Entry entry) {
    long serial;
    synchronized (this) {
      if (limit == 0) {
        dropped++;
        return;
      }
      if (size < limit) {
        if (size == capacity) {
          grow(Math.min(limit, Math.max(16, size * 2)));
        }
        store((head + size++) % capacity, entry);
      } else {
        store(head, entry);
        head = (head + 1) % capacity;
        dropped++;
      }
      serial = ++recorded;
    }
    budget.recorded(this, serial);
  }

  /** Drops the oldest entries up to and including serial number {@code serial}, if still held. */
  synchronized void dropThrough(long serial) {
    while (size > 0 && recorded - size + 1 <= serial) {
      Arrays.fill(refs, head * REFS, (head + 1) * REFS, null);
      head = (head + 1) % capacity;
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
      Entry e = load((head + i) % capacity);
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

  private void store(int slot, Entry e) {
    int n = slot * NUMS;
    nums[n] = e.requestSeq();
    nums[n + 1] = e.clockSecond();
    nums[n + 2] = e.durationMillis();
    nums[n + 3] =
        ((long) e.status() << 33) | (e.replayed() ? 1L << 32 : 0) | (e.operation() & 0xffffffffL);
    int r = slot * REFS;
    refs[r] = e.method();
    refs[r + 1] = e.path();
    refs[r + 2] = e.query();
    refs[r + 3] = e.idempotencyKey();
    refs[r + 4] = e.headers();
    refs[r + 5] = e.requestBody();
    refs[r + 6] = e.responseBody();
    refs[r + 7] = e.fault();
  }

  private Entry load(int slot) {
    int n = slot * NUMS;
    int r = slot * REFS;
    long packed = nums[n + 3];
    return new Entry(
        nums[n],
        nums[n + 1],
        (String) refs[r],
        (String) refs[r + 1],
        (String) refs[r + 2],
        (int) packed,
        (String) refs[r + 3],
        (String[]) refs[r + 4],
        (byte[]) refs[r + 5],
        (int) (packed >>> 33),
        (byte[]) refs[r + 6],
        (packed & (1L << 32)) != 0,
        nums[n + 2],
        (AppliedFault) refs[r + 7]);
  }

  private void grow(int newCapacity) {
    long[] moreNums = new long[newCapacity * NUMS];
    Object[] moreRefs = new Object[newCapacity * REFS];
    for (int i = 0; i < size; i++) {
      int from = (head + i) % capacity;
      System.arraycopy(nums, from * NUMS, moreNums, i * NUMS, NUMS);
      System.arraycopy(refs, from * REFS, moreRefs, i * REFS, REFS);
    }
    nums = moreNums;
    refs = moreRefs;
    capacity = newCapacity;
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
