package dev.billkit.internal.http;

import dev.billkit.RequestInfo;
import dev.billkit.errors.BillkitException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs a call without blocking: each attempt is an OkHttp {@code enqueue}, each backoff a {@link
 * dev.billkit.Sleeper#sleepAsync} future, and the result is handed to the client's callback
 * executor, so user continuations never run on OkHttp's threads or the common pool.
 */
final class AsyncDriver {
  private final ClientConfig config;
  private final ResponseReader reader;
  private final RetryPolicy policy;
  private final Listeners listeners;
  private final RequestFactory factory;

  AsyncDriver(ClientConfig config, ResponseReader reader, RetryPolicy policy, Listeners listeners,
      RequestFactory factory) {
    this.config = config;
    this.reader = reader;
    this.policy = policy;
    this.listeners = listeners;
    this.factory = factory;
  }

  <T> CompletableFuture<Outcome<T>> start(CallContext<T> ctx) {
    CompletableFuture<Outcome<T>> result = new CompletableFuture<>();
    result.whenComplete((r, t) -> {
      Call inFlight = ctx.currentCall;
      if (result.isCancelled() && inFlight != null) {
        inFlight.cancel();
      }
    });
    attempt(ctx, result);
    return result;
  }

  private <T> void attempt(CallContext<T> ctx, CompletableFuture<Outcome<T>> result) {
    Request sent = factory.forAttempt(ctx.baseRequest, ctx.attempt);
    RequestInfo info = ctx.info(sent, listeners);
    Duration budget;
    try {
      budget = ctx.attemptBudget(config.clock());
    } catch (BillkitException deadlinePassed) {
      listeners.onError(info, deadlinePassed);
      complete(result, null, deadlinePassed);
      return;
    }
    Call call = config.http().newCall(sent);
    if (budget != null) {
      call.timeout().timeout(budget.toNanos(), TimeUnit.NANOSECONDS);
    }
    ctx.currentCall = call;
    if (result.isDone()) {
      return; // cancelled while waiting to retry
    }
    listeners.onRequest(info);
    Instant start = listeners.start(config.clock());
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call c, Response response) {
        Outcome<T> outcome;
        try (response) {
          listeners.onResponse(info, response, start, config.clock());
          outcome = reader.read(ctx, response);
        } catch (IOException e) {
          outcome = reader.ioFailure(ctx, e);
        }
        handle(ctx, info, outcome, result);
      }

      @Override
      public void onFailure(Call c, IOException e) {
        handle(ctx, info, reader.ioFailure(ctx, e), result);
      }
    });
  }

  private <T> void handle(CallContext<T> ctx, RequestInfo info, Outcome<T> outcome,
      CompletableFuture<Outcome<T>> result) {
    if (outcome.isSuccess()) {
      complete(result, outcome, null);
      return;
    }
    Duration delay = result.isDone() ? null : policy.retryDelay(ctx, outcome);
    if (delay == null) {
      listeners.onError(info, outcome.failure);
      complete(result, null, outcome.failure);
      return;
    }
    listeners.onRetry(info, delay, outcome.failure);
    config.sleeper().sleepAsync(delay).whenComplete((ignored, sleepFailure) -> {
      if (sleepFailure != null) {
        complete(result, null, sleepFailure);
      } else {
        ctx.attempt++;
        attempt(ctx, result);
      }
    });
  }

  /** Completes on the callback executor; if it refuses work, on this thread rather than never. */
  private <R> void complete(CompletableFuture<R> result, R value, Throwable error) {
    Runnable completion = () -> {
      if (error == null) {
        result.complete(value);
      } else {
        result.completeExceptionally(error);
      }
    };
    try {
      config.callbackExecutor().execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run();
    }
  }
}
