package dev.billkit.mock.internal.domain.webhook;

import java.time.Clock;
import java.time.Duration;

/**
 * How the mock sends webhooks. Immutable.
 *
 * @param timeout how long a receiver may take to answer before the attempt fails with {@code
 *     timeout} (10 s, DESIGN §7)
 * @param tenantQueueLimit how many attempts of one tenant may wait or be in flight at once; more
 *     are recorded as failed with {@code queue_overflow} (and retried later), never dropped
 * @param threads the size of the pool, shared by every tenant, that signs, sends and records
 *     attempts (the HTTP exchanges themselves are asynchronous and hold no thread)
 * @param outOfOrderHold how long an endpoint with {@code out_of_order} chaos holds a lone delivery
 *     back, waiting for a later one to swap it with, before sending it alone
 * @param wallClock the real time, for {@code webhook-timestamp} (receivers compare it with their
 *     own clock, so it is not the tenant's frozen clock)
 */
public record WebhookOptions(
    Duration timeout, int tenantQueueLimit, int threads, Duration outOfOrderHold, Clock wallClock) {
  public WebhookOptions {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (tenantQueueLimit < 1 || threads < 1) {
      throw new IllegalArgumentException("tenantQueueLimit and threads must be at least 1");
    }
  }

  /** 10 s timeout, 1000 queued attempts per tenant, 4 threads, a 1 s out-of-order hold. */
  public static WebhookOptions defaults() {
    return new WebhookOptions(
        Duration.ofSeconds(10), 1000, 4, Duration.ofSeconds(1), Clock.systemUTC());
  }

  public WebhookOptions withTimeout(Duration value) {
    return new WebhookOptions(value, tenantQueueLimit, threads, outOfOrderHold, wallClock);
  }

  public WebhookOptions withTenantQueueLimit(int value) {
    return new WebhookOptions(timeout, value, threads, outOfOrderHold, wallClock);
  }

  public WebhookOptions withOutOfOrderHold(Duration value) {
    return new WebhookOptions(timeout, tenantQueueLimit, threads, value, wallClock);
  }
}
