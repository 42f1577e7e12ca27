package dev.billkit;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/** The shared defaults behind {@link BillkitClient.Builder}: one OkHttp client, one pool. */
final class HttpClients {
  private static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
  private static final Duration DEFAULT_READ_WRITE = Duration.ofSeconds(30);

  private HttpClients() {}

  /**
   * The OkHttp client a Billkit client uses: {@code injected} (or the shared default) derived with
   * {@code newBuilder()}, which keeps its connection pool and dispatcher. The call timeout is left
   * unset because the executor sets one per attempt.
   *
   * <p>OkHttp's own silent retry is turned off: the executor must see every attempt, so that a POST
   * without a key is never resent and attempt counts and {@code Billkit-Retry-Count} are true.
   * Stale pooled connections are still caught by OkHttp's health check before a non-GET is sent.
   */
  static OkHttpClient configure(OkHttpClient injected, Duration connect, Duration read,
      Duration write) {
    OkHttpClient.Builder b = (injected != null ? injected : Default.CLIENT).newBuilder()
        .retryOnConnectionFailure(false);
    if (connect != null) {
      b.connectTimeout(connect);
    }
    if (read != null) {
      b.readTimeout(read);
    }
    if (write != null) {
      b.writeTimeout(write);
    }
    return b.build();
  }

  static Executor callbackExecutor() {
    return Default.CALLBACKS;
  }

  /** Holder idiom: nothing is created until the first client is built. */
  private static final class Default {
    static final OkHttpClient CLIENT = new OkHttpClient.Builder()
        .connectTimeout(DEFAULT_CONNECT)
        .readTimeout(DEFAULT_READ_WRITE)
        .writeTimeout(DEFAULT_READ_WRITE)
        .build();

    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Cached daemon threads: idle ones die after 60 s, so an idle app holds none. */
    static final ExecutorService CALLBACKS = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "billkit-callback-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }
}
