package dev.billkit.mock.internal.tenant;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which billing operations a tenant's requests were routed to, with the statuses they got, and how
 * many requests matched no operation (mock-admin.yaml {@code GET /_mock/coverage}). Thread-safe.
 */
public final class TenantCoverage {
  private final TreeMap<Long, long[]> counts = new TreeMap<>();
  private long unmatched;

  /** Counts one answered request of the operation with this index. */
  public synchronized void record(int operation, int status) {
    counts.computeIfAbsent(((long) operation << 16) | status, k -> new long[1])[0]++;
  }

  /** Counts one request that matched no operation. */
  public synchronized void unmatched() {
    unmatched++;
  }

  /** Requests that matched no operation. */
  public synchronized long unmatchedCount() {
    return unmatched;
  }

  /** Counts by status for one operation, in status order; empty when it was never called. */
  public synchronized Map<Integer, Long> statuses(int operation) {
    Map<Integer, Long> out = new TreeMap<>();
    long from = (long) operation << 16;
    for (Map.Entry<Long, long[]> e : counts.subMap(from, from + 0x10000).entrySet()) {
      out.put((int) (e.getKey() & 0xffff), e.getValue()[0]);
    }
    return out;
  }
}
