package dev.billkit.internal.http;

import dev.billkit.RequestInfo;
import dev.billkit.errors.BillkitException;
import dev.billkit.errors.BillkitIoException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs a call on the calling thread: attempt, decide, sleep, repeat. An interrupt (before an
 * attempt, during one, or while sleeping) ends the call at once with a {@link BillkitIoException}
 * and leaves the thread's interrupt flag set.
 */
final class SyncDriver {
  private final ClientConfig config;
  private final ResponseReader reader;
  private final RetryPolicy policy;
  private final Listeners listeners;

  SyncDriver(ClientConfig config, ResponseReader reader, RetryPolicy policy, Listeners listeners) {
    this.config = config;
    this.reader = reader;
    this.policy = policy;
    this.listeners = listeners;
  }

  /** Runs the call; returns its successful outcome or throws its final failure. */
  <T> Outcome<T> run(CallContext<T> ctx, RequestFactory factory) {
    while (true) {
      Request sent = factory.forAttempt(ctx.baseRequest, ctx.attempt);
      RequestInfo info = ctx.info(sent, listeners);
      Outcome<T> outcome;
      try {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("interrupted");
        }
        Duration budget = ctx.attemptBudget(config.clock());
        Call call = config.http().newCall(sent);
        if (budget != null) {
          call.timeout().timeout(budget.toNanos(), TimeUnit.NANOSECONDS);
        }
        listeners.onRequest(info);
        Instant start = listeners.start(config.clock());
        try (Response response = call.execute()) {
          listeners.onResponse(info, response, start, config.clock());
          outcome = reader.read(ctx, response);
        }
      } catch (IOException e) {
        outcome = reader.ioFailure(ctx, e);
      } catch (BillkitException deadlinePassed) {
        listeners.onError(info, deadlinePassed);
        throw deadlinePassed;
      }
      if (outcome.isSuccess()) {
        return outcome;
      }
      Duration delay = policy.retryDelay(ctx, outcome);
      if (delay == null) {
        listeners.onError(info, outcome.failure);
        throw outcome.failure;
      }
      listeners.onRetry(info, delay, outcome.failure);
      try {
        config.sleeper().sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        BillkitIoException stopped = new BillkitIoException(ctx.describe()
            + " interrupted while waiting to retry; the request may have been applied"
            + ctx.keySuffix(), new InterruptedIOException("interrupted"), ctx.idempotencyKey);
        listeners.onError(info, stopped);
        throw stopped;
      }
      ctx.attempt++;
    }
  }
}
