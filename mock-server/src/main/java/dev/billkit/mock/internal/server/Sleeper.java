package dev.billkit.mock.internal.server;

/** Waits; injected so that tests of latency faults do not really sleep. */
@FunctionalInterface
public interface Sleeper {
  /** The real one. */
  Sleeper SYSTEM = Thread::sleep;

  void sleep(long millis) throws InterruptedException;
}
