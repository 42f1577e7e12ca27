package dev.billkit.mock.internal.tenant;

/**
 * An armed fault script: applies {@code action} to the next {@code count} requests that match.
 * Immutable; the uses left are kept by {@link Faults}.
 *
 * @param id the script's id, {@code flt_...}
 * @param method the upper-case method to match
 * @param path a concrete path ({@code /v1/customers/cus_1}) or a billing path template ({@code
 *     /v1/customers/{customer}}) to match
 * @param count how many requests it applies to in total
 * @param createdAt when it was armed, by the tenant's clock (epoch seconds)
 */
public record FaultScript(
    String id, String method, String path, int count, FaultAction action, long createdAt) {
  boolean matches(String requestMethod, String requestPath, String template) {
    return method.equals(requestMethod) && (path.equals(requestPath) || path.equals(template));
  }
}
