package dev.billkit.benchmarks.http;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * What the floor servers share: the command line ({@code --port N}, {@code --body-file F}), a
 * Jetty 12 server configured exactly as the mock server configures its own (same thread pool, one
 * HTTP/1.1 connector on 127.0.0.1, no {@code Server} or {@code Date} header), and the ready line
 * the mock prints, so that the benchmark driver treats every server alike.
 */
final class FloorServer {
  private static final char[] BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final AtomicLong REQUESTS = new AtomicLong();

  private FloorServer() {}

  /** The value of {@code --name V} in {@code args}, or {@code fallback}. */
  static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  /** Starts Jetty with {@code handler} on the {@code --port} of {@code args}, prints the ready line. */
  static Server start(String[] args, Handler handler) throws Exception {
    // The mock sets this too: otherwise Jetty asks JMX for the pointer size at start-up.
    if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
      System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
    }
    int port = Integer.parseInt(option(args, "--port", "0"));
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("floor");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(handler);
    server.start();
    int actual = connector.getLocalPort();
    byte[] ready =
        ("{\"status\":\"ready\",\"port\":"
                + actual
                + ",\"url\":\"http://127.0.0.1:"
                + actual
                + "\"}\n")
            .getBytes(StandardCharsets.UTF_8);
    System.out.write(ready);
    System.out.flush();
    return server;
  }

  /**
   * A {@code req_} id of the mock's length (4 + 14 characters), different for every request, so
   * that the floor writes as many header bytes as the mock and does comparable work for them.
   */
  static String requestId() {
    long n = REQUESTS.incrementAndGet() * 0x9E3779B97F4A7C15L;
    char[] out = new char[18];
    out[0] = 'r';
    out[1] = 'e';
    out[2] = 'q';
    out[3] = '_';
    for (int i = 4; i < 18; i++) {
      out[i] = BASE62[(int) Long.remainderUnsigned(n, 62)];
      n = Long.divideUnsigned(n, 62) ^ (n << 59);
    }
    return new String(out);
  }
}
