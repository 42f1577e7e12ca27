package dev.billkit.mock.internal.domain.webhook;

import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.Tenant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends attempts without ever holding up the API: an attempt is queued when its unit of work
 * commits and goes out from a small shared pool ({@link Transport}) over asynchronous HTTP. Each
 * endpoint has a {@link Lane}, which sends one attempt at a time in the order they were queued
 * (causal order); each tenant may have at most {@link WebhookOptions#tenantQueueLimit()} attempts
 * queued or in flight, so a slow receiver of one tenant costs other tenants nothing. Thread-safe.
 */
final class Sender {
  private final WebhookOptions options;
  private final Transport transport;
  private final Map<Tenant, Queue> queues = Collections.synchronizedMap(new WeakHashMap<>());

  Sender(WebhookOptions options) {
    this.options = options;
    this.transport = new Transport(options);
  }

  /**
   * Takes a place in the tenant's queue for an attempt being created in {@code work}; given back if
   * the unit rolls back. Called under the tenant's exclusive lock.
   *
   * @return false when the queue is full (the attempt overflows)
   */
  boolean reserve(Work work) {
    Queue queue = queue(work.tenant());
    if (queue.size.get() >= options.tenantQueueLimit()) {
      return false;
    }
    queue.size.incrementAndGet();
    work.tenant().undo().record(queue.size::decrementAndGet);
    return true;
  }

  /** Queues an attempt that took its place with {@link #reserve} (after its unit committed). */
  void submit(Send send) {
    Queue queue = queue(send.tenant());
    Lane lane = queue.lanes.computeIfAbsent(send.endpoint(), e -> new Lane(transport, queue));
    lane.add(send);
  }

  /** Records in the admin log an attempt that overflowed, as it would have been sent. */
  void recordOverflow(Send send) {
    transport.recordUnsent(send, Result.OVERFLOW);
  }

  /** The endpoint was disabled or deleted: its queued attempts are dropped unsent. */
  void stop(Tenant tenant, String endpointId) {
    queue(tenant).stopped.add(endpointId);
  }

  /** The endpoint was enabled again. */
  void resume(Tenant tenant, String endpointId) {
    queue(tenant).stopped.remove(endpointId);
  }

  private Queue queue(Tenant tenant) {
    return queues.computeIfAbsent(tenant, t -> new Queue());
  }

  /** One tenant's lanes, its count of queued attempts and its stopped endpoints. */
  static final class Queue {
    final AtomicInteger size = new AtomicInteger();
    final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    final Set<String> stopped = ConcurrentHashMap.newKeySet();
  }
}
