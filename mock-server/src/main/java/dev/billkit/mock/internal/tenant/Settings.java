package dev.billkit.mock.internal.tenant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tenant's account settings (mock-admin.yaml {@code Settings}): the dunning outcome and the
 * receiver chaos of its webhook endpoints. The admin API validates changes before they get here.
 * Thread-safe.
 */
public final class Settings {
  /** What a subscription becomes when dunning retries are exhausted, by default. */
  public static final String DEFAULT_DUNNING_OUTCOME = "canceled";

  private String dunningOutcome = DEFAULT_DUNNING_OUTCOME;
  private final Map<String, Map<String, Object>> webhookChaos = new TreeMap<>();

  /** {@code canceled} or {@code unpaid}. */
  public synchronized String dunningOutcome() {
    return dunningOutcome;
  }

  public synchronized void dunningOutcome(String outcome) {
    this.dunningOutcome = outcome;
  }

  /** The chaos options of one endpoint, or null when it has none. */
  public synchronized Map<String, Object> webhookChaos(String endpoint) {
    return webhookChaos.get(endpoint);
  }

  /** Sets (or, with null, removes) the chaos options of one endpoint. */
  public synchronized void webhookChaos(String endpoint, Map<String, Object> options) {
    if (options == null) {
      webhookChaos.remove(endpoint);
    } else {
      webhookChaos.put(endpoint, new LinkedHashMap<>(options));
    }
  }

  /** The settings as the admin API shows them. */
  public synchronized Map<String, Object> view() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("object", "mock_settings");
    out.put("dunning_outcome", dunningOutcome);
    out.put("webhook_chaos", new LinkedHashMap<String, Object>(webhookChaos));
    return out;
  }
}
