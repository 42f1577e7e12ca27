package dev.billkit.webhooks.servlet;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link WebhookDeduplicator} in this JVM's memory: right for a single instance. Claims vanish on
 * restart and are not seen by other instances; use {@link JdbcWebhookDeduplicator} when the
 * application runs on several nodes.
 *
 * <p>Memory is bounded by the number of distinct ids claimed within one TTL: expired claims are
 * swept every {@value #SWEEP_EVERY} claims. Thread-safe: every method is one atomic map operation
 * on its id.
 */
public final class InMemoryWebhookDeduplicator implements WebhookDeduplicator {

  static final int SWEEP_EVERY = 1024;

  /** One id's claim: processing (owned by {@code token}) or done, until {@code expiresAt}. */
  private record Entry(boolean done, String token, long expiresAt) {}

  private final ConcurrentHashMap<String, Entry> claims = new ConcurrentHashMap<>();
  private final AtomicInteger claimsSinceSweep = new AtomicInteger();
  // Tokens only need to be unique within this map, so a counter does; nobody outside sees them.
  private final AtomicLong tokens = new AtomicLong();
  private final Clock clock;

  /** Uses the system clock. */
  public InMemoryWebhookDeduplicator() {
    this(Clock.systemUTC());
  }

  /** Uses {@code clock} to decide when claims expire (inject a fixed or test clock). */
  public InMemoryWebhookDeduplicator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Claim claim(String webhookId, Duration processingTimeout) {
    Objects.requireNonNull(webhookId, "webhookId");
    long now = clock.millis();
    long expiry = now + processingTimeout.toMillis();
    if (claimsSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
      claimsSinceSweep.set(0);
      claims.values().removeIf(e -> e.expiresAt <= now);
    }
    String token = "t" + tokens.incrementAndGet();
    Claim[] result = new Claim[1];
    // compute() runs atomically per key, so two threads cannot both see the id as free.
    claims.compute(
        webhookId,
        (id, current) -> {
          if (current == null || current.expiresAt <= now) {
            result[0] = Claim.claimed(token);
            return new Entry(false, token, expiry);
          }
          result[0] = current.done ? Claim.done() : Claim.inProgress();
          return current;
        });
    return result[0];
  }

  @Override
  public boolean complete(String webhookId, String token, Duration doneTtl) {
    Objects.requireNonNull(token, "token");
    long expiry = clock.millis() + doneTtl.toMillis();
    boolean[] owned = {false};
    claims.computeIfPresent(
        Objects.requireNonNull(webhookId, "webhookId"),
        (id, current) -> {
          if (current.done || !current.token.equals(token)) {
            return current;
          }
          owned[0] = true;
          return new Entry(true, token, expiry);
        });
    return owned[0];
  }

  @Override
  public boolean release(String webhookId, String token) {
    Objects.requireNonNull(token, "token");
    boolean[] owned = {false};
    claims.computeIfPresent(
        Objects.requireNonNull(webhookId, "webhookId"),
        (id, current) -> {
          if (current.done || !current.token.equals(token)) {
            return current;
          }
          owned[0] = true;
          return null;
        });
    return owned[0];
  }

  /** Number of claims held, expired ones not yet swept included. */
  int size() {
    return claims.size();
  }
}
