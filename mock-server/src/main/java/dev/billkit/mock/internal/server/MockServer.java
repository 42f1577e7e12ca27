package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.spec.ParameterSpec;
import dev.billkit.mock.internal.spec.SchemaValidators;
import dev.billkit.mock.internal.spec.SpecIndex;
import dev.billkit.mock.internal.tenant.StateFile;
import dev.billkit.mock.internal.tenant.Tenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A running mock server: Jetty plus the pipelines, tenants and spec. Built by {@link
 * MockServerConfig}. Thread-safe; {@link #close()} stops it gracefully (in-flight requests finish)
 * and then saves state when a data directory was configured.
 */
public final class MockServer implements AutoCloseable {
  private final Server jetty;
  private final Tenants tenants;
  private final MockServerConfig config;
  private final AccessLog log;
  private final String url;
  private final int port;
  private volatile boolean closed;

  private MockServer(Server jetty, Tenants tenants, MockServerConfig config, AccessLog log) {
    this.jetty = jetty;
    this.tenants = tenants;
    this.config = config;
    this.log = log;
    this.port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    this.url = "http://" + hostForUrl(config.host()) + ":" + port;
  }

  /**
   * Starts a server; returns once its port accepts requests. Loading the spec (and restoring state)
   * runs on its own thread while Jetty starts, since on a cold JVM each takes about as long as the
   * other; a request that arrives before both are done waits for them.
   */
  public static MockServer start(MockServerConfig config) {
    CompletableFuture<Pipelines> pipelines =
        CompletableFuture.supplyAsync(() -> Pipelines.build(config), MockServer::thread);
    // Schema compilation starts as soon as the spec is read, alongside Jetty's own start.
    pipelines.thenAccept(p -> warmInBackground(p.spec(), p.validators()));
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("billkit-mock");
    Server jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    // The router matches the raw path and decodes each segment itself, so an encoded '/', '%', '.'
    // or control character inside an id cannot change which operation runs: let such paths through
    // (they are 404s for ids that do not exist) instead of Jetty's own 400 page.
    http.setUriCompliance(UriCompliance.UNSAFE);
    ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    jetty.addConnector(connector);
    GracefulHandler graceful =
        new GracefulHandler(new DeferredHandler(pipelines.thenApply(Pipelines::handler)));
    // Idle keep-alive connections need not linger once in-flight requests are done.
    graceful.setShutdownIdleTimeout(50);
    jetty.setHandler(graceful);
    jetty.setErrorHandler(
        new JsonErrorHandler(() -> pipelines.join().tenants().serverRequestId()));
    jetty.setStopTimeout(config.stopTimeoutMillis());
    jetty.setStopAtShutdown(false);
    try {
      jetty.start();
    } catch (Exception e) {
      pipelines.cancel(false);
      throw new IllegalStateException(
          "cannot start the mock server on "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + e.getMessage(),
          e);
    }
    Pipelines ready;
    try {
      ready = pipelines.join();
    } catch (CompletionException e) {
      stopQuietly(jetty);
      throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
    }
    return new MockServer(jetty, ready.tenants(), config, ready.log());
  }

  /**
   * Loads and initializes Jetty's classes by building a throwaway server that is never started. The
   * standalone launcher runs this on a spare core while it parses its arguments: on a cold JVM,
   * Jetty's class initialization is the longest part of start-up.
   */
  public static void preloadClasses() {
    Server server = new Server(new QueuedThreadPool(200, 8));
    server.addConnector(
        new ServerConnector(server, new HttpConnectionFactory(new HttpConfiguration())));
    server.setHandler(new GracefulHandler(new DeferredHandler(new CompletableFuture<>())));
  }

  private static void thread(Runnable task) {
    Thread t = new Thread(task, "billkit-mock-spec");
    t.setDaemon(true);
    t.start();
  }

  private static void stopQuietly(Server jetty) {
    try {
      jetty.stop();
    } catch (Exception ignored) {
      // Already failing; the original error is the one to report.
    }
  }

  /** Compiles every request schema after start-up, so that first requests do not pay for it. */
  private static void warmInBackground(SpecIndex spec, SchemaValidators validators) {
    Thread warm =
        new Thread(
            () -> {
              for (ApiOperation op : spec.operations()) {
                if (op.body() != null) {
                  validators.warm(op.document(), op.body().schemaPointer());
                }
                for (ParameterSpec p : op.parameters()) {
                  validators.warm(op.document(), p.schemaPointer());
                }
              }
            },
            "billkit-mock-warm-up");
    warm.setDaemon(true);
    warm.setPriority(Thread.MIN_PRIORITY);
    warm.start();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:12400}. */
  public String url() {
    return url;
  }

  /** The port it listens on (the chosen one when started with port 0). */
  public int port() {
    return port;
  }

  /** The tenants. */
  public Tenants tenants() {
    return tenants;
  }

  /** Blocks until the server has stopped. */
  public void join() throws InterruptedException {
    jetty.join();
  }

  /**
   * Stops accepting requests, lets in-flight ones finish (up to the stop timeout), then saves state
   * if a data directory is configured. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the mock server did not stop cleanly", e);
    } finally {
      log.flush();
    }
    Path dir = config.dataDir();
    if (dir != null) {
      try {
        StateFile.save(tenants, dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot save the state to " + dir, e);
      }
    }
  }

  private static String hostForUrl(String host) {
    if (host.equals("0.0.0.0") || host.isEmpty()) {
      return "127.0.0.1";
    }
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
