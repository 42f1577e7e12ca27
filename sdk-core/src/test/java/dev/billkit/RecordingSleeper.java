package dev.billkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every requested wait and advances the fake clock instead of waiting, for both the
 * blocking and the asynchronous path. Can be told to behave as if interrupted.
 */
final class RecordingSleeper implements Sleeper {
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final FakeClock clock;
  volatile boolean interruptNextSleep;

  RecordingSleeper(FakeClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    sleeps.add(duration);
    if (interruptNextSleep) {
      throw new InterruptedException("test interrupt");
    }
    clock.advance(duration);
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
    return CompletableFuture.completedFuture(null);
  }
}
