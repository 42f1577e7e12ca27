package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.spec.ApiOperation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which later piece of work will implement an operation that has no handler yet, so that its 501
 * answer can say so. Keyed by path prefix; the first match wins.
 */
final class PendingAreas {
  private static final Map<String, String> BY_PREFIX = new LinkedHashMap<>();

  static {
    String engine =
        "the billing engine (mock-server part 2: subscriptions, renewals, proration, dunning, "
            + "metered billing)";
    String webhooks = "webhook delivery (the webhooks issue)";
    String usage = "usage and benefits (meters, usage events, benefits, grants, license keys)";
    BY_PREFIX.put("/v1/subscriptions", engine);
    BY_PREFIX.put("/v1/meters", usage);
    BY_PREFIX.put("/v1/usage_events", usage);
    BY_PREFIX.put("/v1/benefit", usage);
    BY_PREFIX.put("/v1/license_keys", usage);
    BY_PREFIX.put("/v1/webhook_endpoints", webhooks);
    BY_PREFIX.put("/v1/events/{event}/redeliver", webhooks);
    BY_PREFIX.put("/_mock/webhooks", webhooks);
  }

  private PendingAreas() {}

  /** The area that owns {@code op}; the purchase path (mock-server part 1) by default. */
  static String of(ApiOperation op) {
    for (Map.Entry<String, String> e : BY_PREFIX.entrySet()) {
      if (op.pathTemplate().startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return "the purchase path (mock-server part 1: customers, products, prices, payment methods, "
        + "checkout, payment intents, invoices, refunds, events)";
  }
}
