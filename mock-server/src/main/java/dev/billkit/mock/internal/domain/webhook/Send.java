package dev.billkit.mock.internal.domain.webhook;

import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.tenant.Tenant;
import java.util.List;

/**
 * One delivery attempt to send, taken as a snapshot under the tenant's lock when the attempt was
 * created, so that the sender threads never read the tenant's state. Immutable (the arrays are not
 * changed by anyone).
 *
 * @param timeline the test clock (or null for the account) the event happened on: retries are
 *     scheduled there
 * @param delivery the attempt's {@code whd_} record
 * @param attempt its number; {@code chainStart} is the number of the first attempt of its chain
 * @param attemptedAt when it was created, by its timeline (RFC 3339)
 * @param payload the event as sent
 * @param keys the HMAC keys of the endpoint's active secrets, newest first
 */
record Send(
    Tenant tenant,
    Handlers handlers,
    String timeline,
    String delivery,
    String endpoint,
    String event,
    String type,
    long attempt,
    long chainStart,
    String attemptedAt,
    String url,
    byte[] payload,
    List<byte[]> keys,
    Chaos chaos) {

  /**
   * The endpoint's receiver chaos (mock-admin.yaml {@code WebhookChaos}), as set when the attempt
   * was created.
   */
  record Chaos(boolean duplicate, boolean outOfOrder, long delayMs) {
    static final Chaos NONE = new Chaos(false, false, 0);

    /** From the admin settings tree of one endpoint, or null for none. */
    static Chaos of(java.util.Map<String, Object> options) {
      if (options == null) {
        return NONE;
      }
      return new Chaos(
          Boolean.TRUE.equals(options.get("duplicate")),
          Boolean.TRUE.equals(options.get("out_of_order")),
          ((Number) options.getOrDefault("delay_ms", 0L)).longValue());
    }
  }
}
