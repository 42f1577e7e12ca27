package dev.billkit.mock.internal.domain.webhook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The attempts waiting for one endpoint, sent one after the other in the order they were queued, so
 * that first deliveries reach the receiver in causal order. With {@code out_of_order} chaos it
 * swaps each pair instead; a lone attempt waits up to {@link WebhookOptions#outOfOrderHold()} for a
 * partner, then goes alone. Thread-safe: guarded by its own monitor; at most one attempt of the
 * lane is in flight.
 */
final class Lane {
  private final Transport transport;
  private final Sender.Queue owner;
  private final ArrayDeque<Send> waiting = new ArrayDeque<>();
  private boolean busy;
  private boolean holding;
  private long holds;

  Lane(Transport transport, Sender.Queue owner) {
    this.transport = transport;
    this.owner = owner;
  }

  void add(Send send) {
    boolean start;
    synchronized (this) {
      waiting.add(send);
      // Starts an idle lane, or wakes one holding a lone out-of-order attempt for a partner.
      start = !busy || holding;
      busy = true;
      holding = false;
    }
    if (start) {
      transport.execute(() -> next(false));
    }
  }

  private void next(boolean holdExpired) {
    List<Send> batch = new ArrayList<>(2);
    List<String> labels = new ArrayList<>(2);
    synchronized (this) {
      if (waiting.isEmpty()) {
        busy = false;
        return;
      }
      boolean swap = waiting.peek().chaos().outOfOrder();
      if (swap && waiting.size() == 1 && !holdExpired) {
        holding = true;
        long hold = ++holds;
        transport.later(transport.options().outOfOrderHold(), () -> holdExpired(hold));
        return;
      }
      if (swap && waiting.size() >= 2) {
        Send earlier = waiting.poll();
        batch.add(waiting.poll());
        labels.add(null);
        batch.add(earlier);
        labels.add("out_of_order");
      } else {
        batch.add(waiting.poll());
        labels.add(null);
      }
    }
    sendFrom(batch, labels, 0);
  }

  private void holdExpired(long hold) {
    synchronized (this) {
      if (!holding || hold != holds) {
        return; // a later attempt arrived and took the held one along
      }
      holding = false;
    }
    next(true);
  }

  private void sendFrom(List<Send> batch, List<String> labels, int i) {
    if (i == batch.size()) {
      next(false);
      return;
    }
    transport.send(batch.get(i), labels.get(i), owner, () -> sendFrom(batch, labels, i + 1));
  }
}
