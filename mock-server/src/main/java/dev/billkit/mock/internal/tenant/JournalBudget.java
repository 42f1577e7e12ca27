package dev.billkit.mock.internal.tenant;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server-wide bound on journal entries. Each tenant's journal keeps its own newest {@code
 * --journal-size} requests, but tenants are never forgotten, so without this a server that sees
 * many keys (a CI run with a fresh tenant per test) would hold {@code tenants × journal-size}
 * entries. Here every recorded entry queues a token in server-wide arrival order; past {@code
 * total} tokens the oldest is taken and its entry dropped from its journal, whichever tenant it
 * belongs to. An entry its own journal already dropped leaves a token that drops nothing, so the
 * entries held never exceed the tokens held. Thread-safe and lock-free; journals are locked one at
 * a time, never while another is held.
 */
public final class JournalBudget {
  /** The default bound across all tenants (the server's {@code --journal-total}). */
  public static final int DEFAULT_TOTAL = 200_000;

  /** No bound beyond each journal's own. */
  static final JournalBudget UNBOUNDED = new JournalBudget(Integer.MAX_VALUE);

  private final int total;
  private final ConcurrentLinkedQueue<Token> order = new ConcurrentLinkedQueue<>();
  private final AtomicInteger held = new AtomicInteger();

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
    order.add(new Token(journal, serial));
    if (held.incrementAndGet() > total) {
      Token oldest = order.poll();
      if (oldest != null) {
        held.decrementAndGet();
        oldest.journal.dropThrough(oldest.serial);
      }
    }
  }

  private record Token(Journal journal, long serial) {}
}
