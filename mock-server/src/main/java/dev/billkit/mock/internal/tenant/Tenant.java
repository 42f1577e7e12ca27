package dev.billkit.mock.internal.tenant;

import dev.billkit.mock.internal.store.ResourceStore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One account: everything a single API key sees. Nothing here is shared with another tenant.
 * Resetting a tenant replaces this object (see {@link Tenants#reset}). Thread-safe: the store, the
 * tasks and the undo log are guarded by {@link #lock()}; the other parts guard themselves.
 */
public final class Tenant {
  private final String apiKey;
  private final long seed;
  private final long salt;
  private final Ids ids;
  private final TenantClock clock;
  private final UndoLog undo = new UndoLog();
  private final ResourceStore store = new ResourceStore(undo::record);
  private final Tasks tasks = new Tasks(undo::record);
  private final Events events;
  private final Journal journal;
  private final IdempotencyStore idempotency =
      new IdempotencyStore(IdempotencyStore.DEFAULT_CAPACITY);
  private final Faults faults;
  private final Settings settings = new Settings();
  private final TenantCoverage coverage = new TenantCoverage();
  private final Deliveries deliveries;
  private final AtomicLong requests = new AtomicLong();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  Tenant(String apiKey, long seed, int journalSize, JournalBudget budget) {
    this.apiKey = apiKey;
    this.seed = seed;
    this.salt = Ids.salt(seed, apiKey);
    this.ids = new Ids(salt, undo::record);
    this.clock = new TenantClock(TenantClock.start(seed).getEpochSecond());
    this.events = new Events(ids, store);
    this.journal = new Journal(journalSize, budget);
    this.faults = new Faults(ids, clock);
    this.deliveries = new Deliveries(journalSize);
  }

  /** The API key, e.g. {@code sk_test_abc}. */
  public String apiKey() {
    return apiKey;
  }

  public Ids ids() {
    return ids;
  }

  public TenantClock clock() {
    return clock;
  }

  /** The objects; use under {@link #lock()}. */
  public ResourceStore store() {
    return store;
  }

  /** The scheduled tasks of every timeline; use under {@link #lock()}. */
  public Tasks tasks() {
    return tasks;
  }

  /**
   * The undo log that makes units of work all-or-nothing; opened and closed by whoever runs a unit
   * (request execution, timelines), under the exclusive {@link #lock()}.
   */
  public UndoLog undo() {
    return undo;
  }

  /** Records events; use under the exclusive {@link #lock()}. */
  public Events events() {
    return events;
  }

  public Journal journal() {
    return journal;
  }

  public IdempotencyStore idempotency() {
    return idempotency;
  }

  public Faults faults() {
    return faults;
  }

  public Settings settings() {
    return settings;
  }

  /** Which billing operations this tenant's requests exercised. */
  public TenantCoverage coverage() {
    return coverage;
  }

  /** The webhook delivery attempts made for this tenant. */
  public Deliveries deliveries() {
    return deliveries;
  }

  /** Guards {@link #store()}: shared for reading handlers, exclusive for writing ones. */
  public ReentrantReadWriteLock lock() {
    return lock;
  }

  /** Counts a request and returns its sequence number (from 1). */
  public long nextRequest() {
    return requests.incrementAndGet();
  }

  /** The request id of sequence number {@code n}: {@code req_} plus a deterministic suffix. */
  public String requestId(long n) {
    return ids.requestId(n);
  }

  /** The seed this tenant's ids and clock derive from. */
  long seed() {
    return seed;
  }

  long requestCount() {
    return requests.get();
  }

  void restoreRequestCount(long n) {
    requests.set(n);
  }
}
