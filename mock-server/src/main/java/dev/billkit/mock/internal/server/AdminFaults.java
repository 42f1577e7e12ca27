package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.spec.FieldError;
import dev.billkit.mock.internal.spec.SpecIndex;
import dev.billkit.mock.internal.tenant.FaultAction;
import dev.billkit.mock.internal.tenant.FaultScript;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.internal.tenant.TenantClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arms fault scripts from a {@code FaultCreateParams} body that already passed mock-admin.yaml's
 * schema, adding the rules a schema cannot say: the path must be one of billing.yaml's, and an
 * action takes only the fields of its type.
 */
final class AdminFaults {
  private static final Map<FaultAction.Type, Set<String>> FIELDS =
      Map.of(
          FaultAction.Type.STATUS, Set.of("type", "status", "body", "should_retry"),
          FaultAction.Type.RATE_LIMIT, Set.of("type", "retry_after"),
          FaultAction.Type.DROP_AFTER_COMMIT, Set.of("type"),
          FaultAction.Type.LATENCY, Set.of("type", "latency_ms"));

  private AdminFaults() {}

  @SuppressWarnings("unchecked")
  static FaultScript arm(Tenant tenant, Map<String, Object> body, SpecIndex billing) {
    Map<String, Object> match = (Map<String, Object>) body.get("match");
    Map<String, Object> action = (Map<String, Object>) body.get("action");
    List<FieldError> errors = new ArrayList<>();
    String path = (String) match.get("path");
    if (billing.router().match("GET", path) == null) {
      errors.add(
          FieldError.invalid(
              "match.path",
              "must be a path or path template of billing.yaml (got \"" + path + "\")"));
    }
    FaultAction.Type type = FaultAction.Type.fromWire((String) action.get("type"));
    for (String field : action.keySet()) {
      if (!FIELDS.get(type).contains(field)) {
        errors.add(
            FieldError.unknown(
                "action." + field,
                " (a "
                    + type.wire()
                    + " fault takes "
                    + String.join(", ", new java.util.TreeSet<>(FIELDS.get(type)))
                    + ")"));
      }
    }
    if (type == FaultAction.Type.STATUS && !action.containsKey("status")) {
      errors.add(FieldError.missing("action.status"));
    }
    if (type == FaultAction.Type.LATENCY && !action.containsKey("latency_ms")) {
      errors.add(FieldError.missing("action.latency_ms"));
    }
    if (!errors.isEmpty()) {
      throw ApiError.validation(errors);
    }
    FaultAction parsed =
        new FaultAction(
            type,
            action.containsKey("status") ? (int) (long) (Long) action.get("status") : 0,
            (Map<String, Object>) action.get("body"),
            (Boolean) action.get("should_retry"),
            action.containsKey("retry_after") ? (int) (long) (Long) action.get("retry_after") : 1,
            action.containsKey("latency_ms") ? (Long) action.get("latency_ms") : 0);
    int count = body.containsKey("count") ? (int) (long) (Long) body.get("count") : 1;
    return tenant.faults().arm((String) match.get("method"), path, count, parsed);
  }

  /** {@code Fault}: a script with the uses it has left. */
  static Map<String, Object> view(FaultScript script, int remaining) {
    Map<String, Object> match = new LinkedHashMap<>();
    match.put("method", script.method());
    match.put("path", script.path());
    FaultAction a = script.action();
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("type", a.type().wire());
    switch (a.type()) {
      case STATUS:
        action.put("status", (long) a.status());
        if (a.body() != null) {
          action.put("body", a.body());
        }
        if (a.shouldRetry() != null) {
          action.put("should_retry", a.shouldRetry());
        }
        break;
      case RATE_LIMIT:
        action.put("retry_after", (long) a.retryAfterSeconds());
        break;
      case LATENCY:
        action.put("latency_ms", a.latencyMillis());
        break;
      default:
        break;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", script.id());
    out.put("object", "mock_fault");
    out.put("match", match);
    out.put("count", (long) script.count());
    out.put("remaining", (long) remaining);
    out.put("action", action);
    out.put("created_at", TenantClock.format(Instant.ofEpochSecond(script.createdAt())));
    return out;
  }
}
