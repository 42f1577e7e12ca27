package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.tenant.Tenant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies a {@code SettingsUpdateParams} body that passed mock-admin.yaml's schema. Chaos options
 * may only name webhook endpoints of the tenant; one that does not exist is a 404 and then nothing
 * changes.
 */
final class AdminSettings {
  /** The table webhook endpoints live in (the webhooks work fills it). */
  static final String ENDPOINTS = "webhook_endpoint";

  private AdminSettings() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> update(Tenant tenant, Map<String, Object> body) {
    Map<String, Object> chaos = (Map<String, Object>) body.getOrDefault("webhook_chaos", Map.of());
    tenant.lock().writeLock().lock();
    try {
      for (String endpoint : chaos.keySet()) {
        if (!tenant.store().table(ENDPOINTS).contains(endpoint)) {
          throw ApiError.notFound("webhook endpoint", "webhook_chaos." + endpoint, endpoint);
        }
      }
      if (body.containsKey("dunning_outcome")) {
        tenant.settings().dunningOutcome((String) body.get("dunning_outcome"));
      }
      for (Map.Entry<String, Object> e : chaos.entrySet()) {
        tenant
            .settings()
            .webhookChaos(
                e.getKey(),
                e.getValue() == null ? null : withDefaults((Map<String, Object>) e.getValue()));
      }
    } finally {
      tenant.lock().writeLock().unlock();
    }
    return tenant.settings().view();
  }

  /** The options with the schema's defaults filled in, so the settings show them whole. */
  private static Map<String, Object> withDefaults(Map<String, Object> options) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("duplicate", options.getOrDefault("duplicate", false));
    out.put("out_of_order", options.getOrDefault("out_of_order", false));
    out.put("delay_ms", options.getOrDefault("delay_ms", 0L));
    return out;
  }
}
