package dev.billkit.mock.internal.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** Every tenant of a server, made on the first request with a new key. Thread-safe. */
public final class Tenants {
  /** What a usable API key looks like. */
  public static final Pattern KEY = Pattern.compile("sk_test_[A-Za-z0-9_\\-]{1,200}");

  private final long seed;
  private final int journalSize;
  private final JournalBudget journalBudget;
  private final ConcurrentHashMap<String, Tenant> byKey = new ConcurrentHashMap<>();
  private final Ids serverIds;
  private final AtomicLong serverRequests = new AtomicLong();

  /**
   * @param journalSize how many requests (and webhook deliveries) each tenant's journal keeps
   */
  public Tenants(long seed, int journalSize) {
    this(seed, journalSize, JournalBudget.UNBOUNDED);
  }

  /**
   * @param journalSize how many requests (and webhook deliveries) each tenant's journal keeps
   * @param journalBudget how many journaled requests the whole server keeps
   */
  public Tenants(long seed, int journalSize, JournalBudget journalBudget) {
    this.seed = seed;
    this.journalSize = journalSize;
    this.journalBudget = journalBudget;
    this.serverIds = new Ids(Ids.salt(seed, ""));
  }

  /** The seed ids and clocks derive from. */
  public long seed() {
    return seed;
  }

  /** The tenant of a well-formed key (see {@link #KEY}), created fresh if it is new. */
  public Tenant get(String apiKey) {
    return byKey.computeIfAbsent(apiKey, k -> create(k, seed));
  }

  /** The tenant of this key if it has made a request, else null. */
  public Tenant find(String apiKey) {
    return byKey.get(apiKey);
  }

  /** Throws away everything of this key's tenant: the next request starts a fresh one. */
  public Tenant reset(String apiKey) {
    Tenant fresh = create(apiKey, seed);
    Tenant old = byKey.put(apiKey, fresh);
    if (old != null) {
      old.deliveries().close(); // its pending webhook deliveries are dropped, not sent
    }
    return fresh;
  }

  /** How many tenants exist. */
  public int size() {
    return byKey.size();
  }

  /** A snapshot of every tenant. */
  public List<Tenant> all() {
    return new ArrayList<>(byKey.values());
  }

  /**
   * A new tenant of this server (not yet added): its journal has the server's size and shares the
   * server's budget. {@code tenantSeed} is the server's seed, or the one a saved state recorded.
   */
  Tenant create(String apiKey, long tenantSeed) {
    return new Tenant(apiKey, tenantSeed, journalSize, journalBudget);
  }

  /** Adds a restored tenant (from a saved state). */
  void put(Tenant tenant) {
    byKey.put(tenant.apiKey(), tenant);
  }

  /** A request id for an answer that belongs to no tenant (e.g. 401). */
  public String serverRequestId() {
    return serverIds.requestId(serverRequests.incrementAndGet());
  }
}
