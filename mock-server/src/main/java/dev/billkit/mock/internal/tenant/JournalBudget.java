package dev.billkit.mock.internal.tenant;

/**
 * The server-wide bound on journal entries. Each tenant's journal keeps its own newest {@code
 * --journal-size} requests, but tenants are never forgotten, so without this a server that sees
 * many keys (a CI run with a fresh tenant per test) would hold {@code tenants × journal-size}
 * entries. Here every recorded entry takes a token in server-wide arrival order; past {@code total}
 * tokens the oldest is taken back and its entry dropped from its journal, whichever tenant it
 * belongs to. An entry its own journal already dropped leaves a token that drops nothing, so the
 * entries held never exceed the tokens held.
 *
 * <p>Tokens live in a ring of two flat arrays, allocated as it fills and never beyond {@code
 * total}, so a token costs no object of its own (see {@link Journal} for why that matters).
 * Thread-safe: the ring has its own lock, released before a journal is told to drop, so journals
 * are locked one at a time, never while another lock is held.
 */
public final class JournalBudget {
  /** The default bound across all tenants (the server's {@code --journal-total}). */
  public static final int DEFAULT_TOTAL = 200_000;

  /** No bound beyond each journal's own. */
  static final JournalBudget UNBOUNDED = new JournalBudget(Integer.MAX_VALUE);

  private final int total;
  private Journal[] journals = new Journal[0];
  private long[] serials = new long[0];
  private int head; // slot of the oldest token
  private int held;

  /**
   * @param total how many journal entries the whole server keeps, at least 0
   */
  public JournalBudget(int total) {
    if (total < 0) {
      throw new IllegalArgumentException("journal total must be >= 0, got " + total);
    }
    this.total = total;
  }

  /** Called by {@code journal}, outside its lock, after it recorded its entry number {@code serial}. */
  void recorded(Journal journal, long serial) {
    if (total == Integer.MAX_VALUE) {
      return;
    }
    if (total == 0) {
      journal.dropThrough(serial);
      return;
    }
    Journal oldest;
    long oldestSerial;
    synchronized (this) {
      if (held < total) {
        if (held == journals.length) {
          grow(Math.min(total, Math.max(1024, held * 2)));
        }
        put((head + held++) % journals.length, journal, serial);
        return;
      }
      oldest = journals[head];
      oldestSerial = serials[head];
      put(head, journal, serial);
      head = (head + 1) % journals.length;
    }
    oldest.dropThrough(oldestSerial);
  }

  private void put(int slot, Journal journal, long serial) {
    journals[slot] = journal;
    serials[slot] = serial;
  }

  private void grow(int capacity) {
    Journal[] moreJournals = new Journal[capacity];
    long[] moreSerials = new long[capacity];
    for (int i = 0; i < held; i++) {
      moreJournals[i] = journals[(head + i) % journals.length];
      moreSerials[i] = serials[(head + i) % journals.length];
    }
    journals = moreJournals;
    serials = moreSerials;
    head = 0;
  }
}
