package dev.billkit.mock.internal.domain.webhook;

import java.net.http.HttpClient;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of delivery, shared by every tenant of a server: a pool of {@link
 * WebhookOptions#threads()} that signs, records and drives the asynchronous HTTP client, and one
 * timer for delays. All are daemons, made on first use and ended after 30 s idle, so a server that
 * never delivers has none. Thread-safe.
 */
final class DeliveryThreads {
  private final WebhookOptions options;
  private ThreadPoolExecutor pool;
  private ScheduledThreadPoolExecutor timer;
  private HttpClient client;

  DeliveryThreads(WebhookOptions options) {
    this.options = options;
  }

  synchronized ThreadPoolExecutor pool() {
    if (pool == null) {
      pool =
          new ThreadPoolExecutor(
              options.threads(),
              options.threads(),
              30,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              daemons("billkit-mock-webhooks"));
      pool.allowCoreThreadTimeOut(true);
    }
    return pool;
  }

  synchronized ScheduledThreadPoolExecutor timer() {
    if (timer == null) {
      timer = new ScheduledThreadPoolExecutor(1, daemons("billkit-mock-webhooks-timer"));
      timer.setKeepAliveTime(30, TimeUnit.SECONDS);
      timer.allowCoreThreadTimeOut(true);
      timer.setRemoveOnCancelPolicy(true);
    }
    return timer;
  }

  /** The HTTP/1.1 client; its callbacks run on the pool. Redirects are not followed. */
  synchronized HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .executor(pool())
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(options.timeout())
              .build();
    }
    return client;
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
