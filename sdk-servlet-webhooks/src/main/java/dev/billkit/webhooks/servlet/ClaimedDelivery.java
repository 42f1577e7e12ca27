package dev.billkit.webhooks.servlet;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One delivery whose id this filter claimed: settles the claim once, when the handler's outcome is
 * known (at once for a synchronous handler, through {@link AsyncListener} for an asynchronous
 * one). Success marks the id done; an exception, a timeout or a non-2xx status releases it, so the
 * sender's retry runs the handler again.
 */
final class ClaimedDelivery implements AsyncListener {
  private static final System.Logger LOG = System.getLogger(WebhookFilter.class.getName());

  private final WebhookDeduplicator deduplicator;
  private final String id;
  private final String token;
  private final Duration doneTtl;
  private final HttpServletResponse response;
  // An async request can report a timeout or an error and then complete; the first outcome wins.
  private final AtomicBoolean settled = new AtomicBoolean();

  ClaimedDelivery(
      WebhookDeduplicator deduplicator,
      String id,
      String token,
      Duration doneTtl,
      HttpServletResponse response) {
    this.deduplicator = deduplicator;
    this.id = id;
    this.token = token;
    this.doneTtl = doneTtl;
    this.response = response;
  }

  /**
   * Runs the rest of the chain under this claim. A thrown exception releases the claim, becomes a
   * 500 if the response is not committed yet, and is rethrown, never swallowed.
   */
  void run(VerifiedRequest request, FilterChain chain) throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      failed(e);
      LOG.log(Level.ERROR, "Webhook handler failed for " + id + "; claim released for retry", e);
      if (!response.isCommitted()) {
        response.resetBuffer();
        response.setStatus(500);
      }
      throw e;
    }
    if (request.isAsyncStarted()) {
      request.getAsyncContext().addListener(this);
    } else {
      finished();
    }
  }

  /** The handler returned (or completed) with the response's status. */
  void finished() {
    if (!settled.compareAndSet(false, true)) {
      return;
    }
    if (!Answers.isSuccess(response.getStatus())) {
      release(null);
      return;
    }
    try {
      if (!deduplicator.complete(id, token, doneTtl)) {
        LOG.log(
            Level.WARNING,
            "Webhook {0} was handled, but its claim had expired and been taken over: another"
                + " delivery may have run the handler too. Raise processingTimeout above the"
                + " slowest handler.",
            id);
      }
    } catch (RuntimeException e) {
      // The work is done and the answer stands; the claim expires after the processing timeout.
      LOG.log(Level.ERROR, "Webhook " + id + " was handled but could not be marked done", e);
    }
  }

  /** The handler failed with {@code failure} (or {@code null}: it answered non-2xx). */
  void failed(Throwable failure) {
    if (settled.compareAndSet(false, true)) {
      release(failure);
    }
  }

  private void release(Throwable failure) {
    try {
      if (!deduplicator.release(id, token)) {
        LOG.log(Level.WARNING, "Webhook {0} failed after its claim had expired", id);
      }
    } catch (RuntimeException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      } else {
        LOG.log(Level.ERROR, "Claim on webhook " + id + " could not be released", e);
      }
    }
  }

  @Override
  public void onComplete(AsyncEvent event) {
    finished();
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    failed(null);
  }

  @Override
  public void onError(AsyncEvent event) {
    failed(null);
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // A re-dispatched request starts async again; stay registered for its final outcome.
    event.getAsyncContext().addListener(this);
  }
}
