package dev.billkit.mock.internal.domain.webhook;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * How one attempt ended. Immutable.
 *
 * @param status the receiver's HTTP status, or null when none came
 * @param error {@code timeout}, {@code connection_failed}, {@code queue_overflow}, or a reason the
 *     attempt was dropped unsent ({@code endpoint_disabled}, {@code endpoint_deleted}); null when
 *     the receiver answered
 * @param millis wall-clock time until the answer or the failure
 */
record Result(Integer status, String error, long millis) {
  static final String OVERFLOW = "queue_overflow";
  static final String DISABLED = "endpoint_disabled";
  static final String DELETED = "endpoint_deleted";

  /** The receiver answered 2xx. */
  boolean succeeded() {
    return status != null && status >= 200 && status < 300;
  }

  /** Whether the attempt was never sent because the endpoint stopped (no retry, no count). */
  boolean dropped() {
    return DISABLED.equals(error) || DELETED.equals(error);
  }

  /** From the outcome of an HTTP exchange. */
  static Result of(Integer status, Throwable failure, long millis) {
    if (failure == null) {
      return new Result(status, null, millis);
    }
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    boolean timeout = cause instanceof HttpTimeoutException || cause instanceof TimeoutException;
    if (cause instanceof ConnectException) {
      timeout = false;
    }
    return new Result(null, timeout ? "timeout" : "connection_failed", millis);
  }

  /** As task arguments (strings), for the unit of work that records it. */
  Map<String, String> args() {
    Map<String, String> args = new LinkedHashMap<>();
    if (status != null) {
      args.put("status", status.toString());
    }
    if (error != null) {
      args.put("error", error);
    }
    args.put("millis", Long.toString(millis));
    return args;
  }

  /** Back from {@link #args()}. */
  static Result fromArgs(Map<String, String> args) {
    String status = args.get("status");
    return new Result(
        status == null ? null : Integer.valueOf(status),
        args.get("error"),
        Long.parseLong(args.get("millis")));
  }
}
