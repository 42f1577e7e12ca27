package dev.billkit.mock.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A real HTTP webhook receiver for tests (the JDK's HttpServer): records every request on arrival,
 * before answering, then answers as its path's {@link Behaviour} says. Paths without one answer
 * 200. Handles requests on many threads, so one held request never delays another. Thread-safe;
 * close it to stop it and release every held request.
 */
public final class Receiver implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> received = new ArrayList<>();
  private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();

  public Receiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** What a path answers. */
  @FunctionalInterface
  public interface Behaviour {
    /** The status to answer with; may block (a slow receiver) until the latch it waits on opens. */
    int answer(Received request) throws InterruptedException;

    /** Always {@code status}. */
    static Behaviour status(int status) {
      return r -> status;
    }

    /** The statuses in turn, then the last one forever. */
    static Behaviour sequence(int... statuses) {
      java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
      return r -> statuses[Math.min(n.getAndIncrement(), statuses.length - 1)];
    }

    /** Holds each request until {@code gate} opens, then answers 200. */
    static Behaviour holdUntil(CountDownLatch gate) {
      return r -> {
        gate.await(30, TimeUnit.SECONDS);
        return 200;
      };
    }

    /** Answers {@code status.getAsInt()} (for receivers that change their mind). */
    static Behaviour dynamic(IntSupplier status) {
      return r -> status.getAsInt();
    }
  }

  /** One request as received: path, headers (lower-case names, first value) and raw body. */
  public record Received(String path, Map<String, String> headers, byte[] body) {
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** The URL of a path on this receiver, e.g. {@code url("/a")}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Sets what a path answers from now on. */
  public Receiver on(String path, Behaviour behaviour) {
    behaviours.put(path, behaviour);
    return this;
  }

  /** Every request received on {@code path}, in arrival order. */
  public List<Received> at(String path) {
    synchronized (received) {
      return received.stream().filter(r -> r.path().equals(path)).toList();
    }
  }

  /**
   * Waits (on the receiver's own monitor, no sleeping) until {@code path} has received at least
   * {@code n} requests; fails the test after 20 s.
   */
  public List<Received> await(String path, int n) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    synchronized (received) {
      while (at(path).size() < n) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new AssertionError(path + " received " + at(path).size() + " requests, not " + n);
        }
        try {
          received.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
      }
      return at(path);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      Received request =
          new Received(exchange.getRequestURI().getPath(), headers, in.readAllBytes());
      synchronized (received) {
        received.add(request);
        received.notifyAll();
      }
      int status;
      try {
        status = behaviours.getOrDefault(request.path(), Behaviour.status(200)).answer(request);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      exchange.sendResponseHeaders(status, -1);
    }
  }
}
