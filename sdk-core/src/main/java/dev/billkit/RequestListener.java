package dev.billkit;

import dev.billkit.errors.BillkitException;
import java.time.Duration;

/**
 * Observes every call a client makes: each attempt, each answer, each retry and the final error.
 * Register with {@code BillkitClient.builder().addListener(...)}; see {@link
 * LoggingRequestListener} for a ready-made one.
 *
 * <p>Methods run on the thread that drives the call (the caller's for synchronous calls, an OkHttp
 * or scheduler thread for asynchronous ones), so they must be fast, thread-safe and never block.
 * An exception thrown by a listener is logged and otherwise ignored. Headers are passed as sent,
 * including {@code Authorization}: redact before logging.
 */
public interface RequestListener {

  /** An attempt is about to be sent. */
  default void onRequest(RequestInfo request) {}

  /** An HTTP answer arrived for {@code request} (any status). */
  default void onResponse(RequestInfo request, ResponseInfo response) {}

  /**
   * Attempt {@code request.attempt()} failed with {@code cause} and will be retried after {@code
   * delay}.
   */
  default void onRetry(RequestInfo request, Duration delay, BillkitException cause) {}

  /** The call failed for good with {@code error}, which is about to be thrown to the caller. */
  default void onError(RequestInfo request, BillkitException error) {}
}
