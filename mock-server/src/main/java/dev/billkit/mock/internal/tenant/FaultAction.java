package dev.billkit.mock.internal.tenant;

import java.util.Map;

/**
 * What a fault does to a request (mock-admin.yaml {@code FaultAction}). Immutable.
 *
 * @param type the kind of fault
 * @param status for {@link Type#STATUS}: the HTTP status to answer (400-599)
 * @param body for {@link Type#STATUS}: the JSON body to answer, or null for the error the real API
 *     sends for that status
 * @param shouldRetry for {@link Type#STATUS}: the {@code Should-Retry} value to send, or null for
 *     the default ({@code true} on 5xx, none on 4xx)
 * @param retryAfterSeconds for {@link Type#RATE_LIMIT}: the {@code Retry-After} value
 * @param latencyMillis for {@link Type#LATENCY}: the wall-clock wait before the request executes
 */
public record FaultAction(
    Type type,
    int status,
    Map<String, Object> body,
    Boolean shouldRetry,
    int retryAfterSeconds,
    long latencyMillis) {

  /** The kinds of fault, by their wire names. */
  public enum Type {
    /** Answer with a chosen status (and body) without executing; nothing is stored. */
    STATUS("status"),
    /** Answer 429 rate_limited with {@code Retry-After} without executing; nothing is stored. */
    RATE_LIMIT("rate_limit"),
    /**
     * Execute and store the answer (idempotency included), then close the connection unanswered.
     */
    DROP_AFTER_COMMIT("drop_after_commit"),
    /** Wait, then process the request normally. */
    LATENCY("latency");

    private final String wire;

    Type(String wire) {
      this.wire = wire;
    }

    /** The name used in JSON and in the {@code Billkit-Mock-Fault} header. */
    public String wire() {
      return wire;
    }

    /** The type with this wire name, or null. */
    public static Type fromWire(String name) {
      for (Type t : values()) {
        if (t.wire.equals(name)) {
          return t;
        }
      }
      return null;
    }
  }
}
