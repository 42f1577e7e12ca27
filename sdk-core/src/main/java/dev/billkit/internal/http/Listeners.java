package dev.billkit.internal.http;

import dev.billkit.RequestInfo;
import dev.billkit.RequestListener;
import dev.billkit.ResponseInfo;
import dev.billkit.errors.BillkitException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fans events out to the client's listeners; a throwing listener never breaks a call. With no
 * listener registered (the common case) every method returns at once: no event views, no lambdas,
 * no clock reads for latency.
 */
final class Listeners {
  private static final System.Logger LOG = System.getLogger("dev.billkit");

  private final List<RequestListener> listeners;

  Listeners(List<RequestListener> listeners) {
    this.listeners = listeners;
  }

  boolean isEmpty() {
    return listeners.isEmpty();
  }

  void onRequest(RequestInfo request) {
    if (!listeners.isEmpty()) {
      each(l -> l.onRequest(request));
    }
  }

  void onRetry(RequestInfo request, Duration delay, BillkitException cause) {
    if (!listeners.isEmpty()) {
      each(l -> l.onRetry(request, delay, cause));
    }
  }

  void onError(RequestInfo request, BillkitException error) {
    if (!listeners.isEmpty()) {
      each(l -> l.onError(request, error));
    }
  }

  /** When an attempt started, for its latency; {@code null} (no clock read) if nobody listens. */
  Instant start(Clock clock) {
    return listeners.isEmpty() ? null : clock.instant();
  }

  /** Builds the response view, and reads the clock, only when someone listens. */
  void onResponse(RequestInfo request, okhttp3.Response response, Instant start, Clock clock) {
    if (!listeners.isEmpty()) {
      ResponseInfo info = new ResponseInfo(response.code(), response.headers().toMultimap(),
          Duration.between(start, clock.instant()));
      each(l -> l.onResponse(request, info));
    }
  }

  private void each(Consumer<RequestListener> event) {
    for (RequestListener l : listeners) {
      try {
        event.accept(l);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "RequestListener " + l.getClass().getName() + " threw", e);
      }
    }
  }
}
