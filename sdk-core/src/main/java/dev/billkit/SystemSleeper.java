package dev.billkit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** {@link Sleeper#system()}: real waiting, with one lazily started daemon scheduler thread. */
final class SystemSleeper implements Sleeper {
  static final SystemSleeper INSTANCE = new SystemSleeper();

  private SystemSleeper() {}

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    // Completing on the scheduler thread is fine: the client only enqueues the next attempt there.
    Scheduler.INSTANCE.schedule(
        () -> done.complete(null), duration.toNanos(), TimeUnit.NANOSECONDS);
    return done;
  }

  /** Holder idiom, so the thread starts only when the first asynchronous backoff happens. */
  private static final class Scheduler {
    static final ScheduledExecutorService INSTANCE =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "billkit-scheduler");
              t.setDaemon(true);
              return t;
            });
  }
}
