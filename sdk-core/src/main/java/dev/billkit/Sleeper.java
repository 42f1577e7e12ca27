package dev.billkit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits between retry attempts. The client calls {@link #sleep} on the calling thread for
 * synchronous calls and {@link #sleepAsync} for asynchronous ones, so a test can record the
 * backoff schedule of both without really waiting.
 *
 * <p>Implementations must be thread-safe.
 */
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted while waiting; the client then stops
   *     retrying at once and restores the thread's interrupt flag
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns a future that completes after {@code duration} without blocking any thread. The future
   * may complete on any thread; the client never runs user code on it.
   */
  CompletableFuture<Void> sleepAsync(Duration duration);

  /**
   * The real clock's sleeper: {@link Thread#sleep} for blocking waits and one shared daemon
   * scheduler thread ({@code billkit-scheduler}) for asynchronous ones.
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}
