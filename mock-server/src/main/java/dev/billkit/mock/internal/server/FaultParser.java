package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.spec.FieldError;
import dev.billkit.mock.internal.tenant.FaultAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code Billkit-Mock-Fault} request header, whose grammar mock-admin.yaml defines:
 *
 * <pre>
 * Billkit-Mock-Fault = type *( ";" *SP param )
 * type  = "status" / "rate_limit" / "drop_after_commit" / "latency"
 * param = "status=" 3DIGIT / "should_retry=" ("true" / "false")   ; status only
 *       / "retry_after=" 1*5DIGIT                                 ; rate_limit only
 *       / "latency_ms=" 1*6DIGIT                                  ; latency only, required
 * </pre>
 *
 * e.g. {@code status; status=503; should_retry=false}. Every problem is reported with param {@code
 * Billkit-Mock-Fault}.
 */
final class FaultParser {
  static final String HEADER = "Billkit-Mock-Fault";

  private FaultParser() {}

  /** Parses the header; returns null and adds to {@code errors} when it breaks the grammar. */
  static FaultAction header(String value, List<FieldError> errors) {
    String[] parts = value.split(";", -1);
    FaultAction.Type type = FaultAction.Type.fromWire(parts[0].trim());
    if (type == null) {
      return fail(
          errors,
          "the fault type must be one of status, rate_limit, drop_after_commit, latency (got \""
              + parts[0].trim()
              + "\"), e.g. 'status; status=503'");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].stripLeading();
      int eq = param.indexOf('=');
      String name = eq < 0 ? param : param.substring(0, eq);
      if (eq < 0 || params.put(name, param.substring(eq + 1)) != null) {
        return fail(errors, "'" + param + "' must be given once, as name=value");
      }
    }
    switch (type) {
      case STATUS:
        String status = params.remove("status");
        String retry = params.remove("should_retry");
        if (status == null
            || !status.matches("[0-9]{3}")
            || Integer.parseInt(status) < 400
            || Integer.parseInt(status) > 599) {
          return fail(
              errors,
              "a status fault needs status=400..599 (got "
                  + status
                  + "), e.g. 'status; status=503'");
        }
        if (retry != null && !retry.equals("true") && !retry.equals("false")) {
          return fail(errors, "should_retry must be true or false (got " + retry + ")");
        }
        return unused(type, params, errors)
            ? null
            : new FaultAction(
                type,
                Integer.parseInt(status),
                null,
                retry == null ? null : Boolean.valueOf(retry),
                0,
                0);
      case RATE_LIMIT:
        String after = params.remove("retry_after");
        if (after != null && !after.matches("[0-9]{1,5}")) {
          return fail(errors, "retry_after must be 1 to 5 digits of seconds (got " + after + ")");
        }
        return unused(type, params, errors)
            ? null
            : new FaultAction(type, 0, null, null, after == null ? 1 : Integer.parseInt(after), 0);
      case LATENCY:
        String latency = params.remove("latency_ms");
        if (latency == null || !latency.matches("[0-9]{1,6}")) {
          return fail(
              errors,
              "a latency fault needs latency_ms= 1 to 6 digits (got "
                  + latency
                  + "), e.g. 'latency; latency_ms=1500'");
        }
        return unused(type, params, errors)
            ? null
            : new FaultAction(type, 0, null, null, 0, Long.parseLong(latency));
      default:
        return unused(type, params, errors) ? null : new FaultAction(type, 0, null, null, 0, 0);
    }
  }

  private static boolean unused(
      FaultAction.Type type, Map<String, String> params, List<FieldError> errors) {
    if (params.isEmpty()) {
      return false;
    }
    fail(
        errors,
        "a " + type.wire() + " fault takes no parameter " + String.join(", ", params.keySet()));
    return true;
  }

  private static FaultAction fail(List<FieldError> errors, String rule) {
    errors.add(FieldError.invalid(HEADER, rule));
    return null;
  }
}
