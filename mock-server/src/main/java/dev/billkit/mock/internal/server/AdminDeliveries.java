package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.tenant.Tenant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code GET /_mock/webhooks/deliveries}: lists the tenant's delivery attempts, and with {@code
 * await} first waits (wall clock, up to {@code timeout} ms) until one matches.
 */
final class AdminDeliveries {
  private AdminDeliveries() {}

  static Map<String, Object> list(Tenant tenant, Map<String, Object> query, String url) {
    Object await = query.get("await");
    Object type = query.containsKey("type") ? query.get("type") : await;
    Object event = query.get("event");
    Object endpoint = query.get("endpoint");
    Object succeeded = query.get("succeeded");
    Object attempt = query.get("attempt");
    Predicate<Map<String, Object>> filter =
        a ->
            (type == null || type.equals(a.get("type")))
                && (event == null || event.equals(a.get("event")))
                && (endpoint == null || endpoint.equals(a.get("endpoint")))
                && (succeeded == null || succeeded.equals(a.get("succeeded")))
                && (attempt == null || attempt.equals(a.get("attempt")));
    boolean timedOut = false;
    if (await != null) {
      long timeout = query.containsKey("timeout") ? (Long) query.get("timeout") : 5000;
      try {
        timedOut = !tenant.deliveries().await(filter, timeout);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw ApiError.internal("interrupted while awaiting a webhook delivery", true);
      }
    }
    int limit = query.containsKey("limit") ? (int) (long) (Long) query.get("limit") : 100;
    List<Map<String, Object>> matches = tenant.deliveries().newestFirst(filter, limit);
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("object", "list");
    list.put("data", matches.subList(0, Math.min(limit, matches.size())));
    list.put("has_more", matches.size() > limit);
    list.put("url", url);
    list.put("timed_out", timedOut);
    return list;
  }
}
