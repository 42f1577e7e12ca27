package dev.billkit.mock.internal.tenant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A tenant's log of webhook delivery attempts (mock-admin.yaml {@code WebhookDeliveryAttempt}
 * trees), bounded like the journal, and a way to wait for one without polling. The webhook sender
 * appends to it; the admin API reads and awaits it. Thread-safe.
 */
public final class Deliveries {
  private final int limit;
  private final ArrayDeque<Map<String, Object>> attempts = new ArrayDeque<>();
  private volatile boolean closed;

  Deliveries(int limit) {
    this.limit = limit;
  }

  /**
   * Marks the tenant as reset (see {@code Tenants.reset}): its pending deliveries are dropped, not
   * sent, and nothing more is recorded here.
   */
  public void close() {
    closed = true;
  }

  /** Whether the tenant was reset, so its pending deliveries must be dropped. */
  public boolean isClosed() {
    return closed;
  }

  /** Appends one attempt and wakes anyone awaiting a match. */
  public synchronized void record(Map<String, Object> attempt) {
    if (limit == 0 || closed) {
      return;
    }
    if (attempts.size() == limit) {
      attempts.removeFirst();
    }
    attempts.addLast(attempt);
    notifyAll();
  }

  /** Up to {@code max + 1} matching attempts, newest first. */
  public synchronized List<Map<String, Object>> newestFirst(
      Predicate<Map<String, Object>> filter, int max) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Iterator<Map<String, Object>> it = attempts.descendingIterator();
        it.hasNext() && out.size() <= max; ) {
      Map<String, Object> a = it.next();
      if (filter.test(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Waits until an attempt matches or {@code timeoutMillis} of wall-clock time pass.
   *
   * @return whether one matched
   */
  public synchronized boolean await(Predicate<Map<String, Object>> filter, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    while (newestFirst(filter, 0).isEmpty()) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }
}
