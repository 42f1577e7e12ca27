package dev.billkit.mock.internal.domain.webhook;

import dev.billkit.mock.internal.op.Timelines;
import dev.billkit.mock.internal.tenant.Tenant;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP side of delivery: signs an attempt at the moment it goes out, POSTs it without holding a
 * thread while the receiver thinks ({@link java.net.http.HttpClient#sendAsync}), applies delay and
 * duplicate chaos, then records the outcome in the tenant's state (a unit of work, {@link
 * Dispatcher#OUTCOME}) and in the admin log, in that order, so that whoever awaits the log sees the
 * state already updated. It runs on {@link DeliveryThreads}. Thread-safe.
 */
final class Transport {
  private static final Logger LOG = Logger.getLogger(Transport.class.getName());

  private final WebhookOptions options;
  private final Attempts attempts;
  private final DeliveryThreads threads;

  Transport(WebhookOptions options) {
    this.options = options;
    this.attempts = new Attempts(options);
    this.threads = new DeliveryThreads(options);
  }

  WebhookOptions options() {
    return options;
  }

  /** Runs {@code task} on the pool. */
  void execute(Runnable task) {
    threads.pool().execute(task);
  }

  /** Runs {@code task} on the pool after {@code delay} of wall-clock time. */
  void later(Duration delay, Runnable task) {
    threads.timer().schedule(() -> execute(task), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Sends one attempt (after its chaos delay), records it, then runs {@code then} on the pool.
   *
   * @param label the chaos that shaped it ({@code out_of_order}), or null
   */
  void send(Send send, String label, Sender.Queue queue, Runnable then) {
    long delay = send.chaos().delayMs();
    if (delay > 0) {
      String shaped = label == null ? "delayed" : label;
      later(Duration.ofMillis(delay), () -> attempt(send, shaped, queue, then, false));
    } else {
      execute(() -> attempt(send, label, queue, then, false));
    }
  }

  /** Records in the admin log an attempt that was never sent (its queue overflowed). */
  void recordUnsent(Send send, String error) {
    Map<String, String> headers = attempts.headers(send);
    send.tenant()
        .deliveries()
        .record(attempts.entry(send, headers, new Result(null, error, 0), null));
  }

  private void attempt(Send send, String label, Sender.Queue queue, Runnable then, boolean copy) {
    Tenant tenant = send.tenant();
    if (tenant.deliveries().isClosed()) {
      if (!copy) {
        queue.size.decrementAndGet(); // the tenant was reset: dropped, not sent
      }
      execute(then);
      return;
    }
    if (!copy && queue.stopped.contains(send.endpoint())) {
      try {
        recordOutcome(send, new Result(null, Result.DISABLED, 0), queue);
      } finally {
        execute(then);
      }
      return;
    }
    Map<String, String> headers = attempts.headers(send);
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<Void>> exchange;
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(send.url()))
              .timeout(options.timeout())
              .POST(HttpRequest.BodyPublishers.ofByteArray(send.payload()));
      headers.forEach(request::header);
      exchange =
          threads.client().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (RuntimeException e) {
      exchange = CompletableFuture.failedFuture(new java.net.ConnectException(e.getMessage()));
    }
    exchange
        .orTimeout(options.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)
        .whenCompleteAsync(
            (response, failure) -> {
              long millis = (System.nanoTime() - start) / 1_000_000;
              Result result =
                  Result.of(response == null ? null : response.statusCode(), failure, millis);
              finish(send, label, queue, then, copy, headers, result);
            },
            threads.pool());
  }

  /** Records an attempt that went out; whatever fails here, the lane goes on. */
  private void finish(
      Send send,
      String label,
      Sender.Queue queue,
      Runnable then,
      boolean copy,
      Map<String, String> headers,
      Result result) {
    boolean duplicate = false;
    try {
      if (!copy) {
        recordOutcome(send, result, queue);
      }
      send.tenant().deliveries().record(attempts.entry(send, headers, result, label));
      duplicate = !copy && send.chaos().duplicate();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "recording webhook delivery " + send.delivery() + " failed", e);
    }
    if (duplicate) {
      attempt(send, "duplicate", queue, then, true);
    } else {
      then.run();
    }
  }

  /**
   * Records the outcome in the tenant's state, as a unit of work on the event's timeline, and gives
   * the attempt's place in the tenant's queue back under the same lock. Both happen before the
   * admin log shows the attempt, so a test that awaited it and then advances the clock finds the
   * queue already free for the retries it causes.
   */
  private void recordOutcome(Send send, Result result, Sender.Queue queue) {
    Tenant tenant = send.tenant();
    Map<String, String> args = new java.util.LinkedHashMap<>(result.args());
    args.put("chain_start", Long.toString(send.chainStart()));
    tenant.lock().writeLock().lock();
    try {
      queue.size.decrementAndGet();
      if (tenant.deliveries().isClosed()) {
        return;
      }
      String clock = send.timeline();
      try {
        Timelines.now(tenant, clock);
      } catch (IllegalArgumentException e) {
        clock = null; // its test clock was deleted: the account timeline takes over
      }
      Timelines.runNow(tenant, send.handlers(), clock, Dispatcher.OUTCOME, send.delivery(), args);
    } finally {
      tenant.lock().writeLock().unlock();
    }
  }
}
