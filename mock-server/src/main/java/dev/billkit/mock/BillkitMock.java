package dev.billkit.mock;

import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.server.MockServer;
import dev.billkit.mock.internal.server.MockServerConfig;
import dev.billkit.mock.internal.server.Sleeper;
import dev.billkit.mock.internal.spec.SpecDocument;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The Billkit mock server, in-process. {@code BillkitMock.start()} listens on a free port of
 * 127.0.0.1; each {@link #newTenant()} is a fresh isolated account. Thread-safe. The caller closes
 * it ({@code try}-with-resources, or let {@link BillkitMockExtension} do it).
 *
 * <pre>{@code
 * try (BillkitMock mock = BillkitMock.start()) {
 *   MockTenant tenant = mock.newTenant();
 *   // point a client at tenant.baseUrl() with tenant.apiKey()
 * }
 * }</pre>
 */
public final class BillkitMock implements AutoCloseable {
  private final MockServer server;
  private final AtomicLong tenantCounter = new AtomicLong();

  private BillkitMock(MockServer server) {
    this.server = server;
  }

  /** Starts a server on a free port with seed 0. */
  public static BillkitMock start() {
    return builder().start();
  }

  /** Options for {@link Builder#start()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:54321}. */
  public String url() {
    return server.url();
  }

  /** The port the server listens on. */
  public int port() {
    return server.port();
  }

  /**
   * A tenant nobody has used on this server yet. Keys follow the seed and the order of calls, so a
   * run that creates tenants in the same order gets the same keys (and so the same ids).
   */
  public MockTenant newTenant() {
    while (true) {
      String key =
          "sk_test_" + hash(server.tenants().seed() + "#tenant#" + tenantCounter.incrementAndGet());
      if (server.tenants().find(key) == null) {
        return new MockTenant(key, server.url());
      }
    }
  }

  /**
   * The tenant named {@code name}: the same name always gives the same key (on any server), and so
   * the same account while this server runs. Useful for ids that must not depend on test order.
   */
  public MockTenant tenant(String name) {
    return new MockTenant("sk_test_" + hash(name), server.url());
  }

  /**
   * Stops the server: new connections are refused, in-flight requests finish, and state is saved
   * when a data directory was set. Idempotent.
   *
   * @throws MockServerException if stopping or saving failed
   */
  @Override
  public void close() {
    try {
      server.close();
    } catch (RuntimeException e) {
      throw new MockServerException("the mock server did not stop cleanly: " + e.getMessage(), e);
    }
  }

  MockServer server() {
    return server;
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        sb.append(String.format("%02x", d[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Options of an in-process server. Not thread-safe. */
  public static final class Builder {
    private final MockServerConfig config = new MockServerConfig();

    private Builder() {}

    /** The interface to listen on; default 127.0.0.1. */
    public Builder host(String host) {
      config.host(host);
      return this;
    }

    /** The port; default 0, a free one. */
    public Builder port(int port) {
      config.port(port);
      return this;
    }

    /** The seed that ids and tenant clocks derive from; default 0. */
    public Builder seed(long seed) {
      config.seed(seed);
      return this;
    }

    /** Restore state from {@code dir} on start and save it there on close; default none. */
    public Builder dataDir(Path dir) {
      config.dataDir(dir);
      return this;
    }

    /** Print one access log line per request to {@code out}; default none. */
    public Builder accessLog(PrintStream out) {
      config.accessLog(out);
      return this;
    }

    /** How many requests each tenant's journal keeps (default 10 000), oldest dropped first. */
    public Builder journalSize(int size) {
      config.journalSize(size);
      return this;
    }

    /**
     * How many requests the journals of all tenants keep together (default 200 000), the
     * server's oldest dropped first.
     */
    public Builder journalTotal(int total) {
      config.journalTotal(total);
      return this;
    }

    Builder domains(List<Domain> domains) {
      config.domains(domains);
      return this;
    }

    Builder billingSpec(Supplier<SpecDocument> spec) {
      config.billingSpec(spec);
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      config.sleeper(sleeper);
      return this;
    }

    /**
     * Starts the server; returns once it accepts requests.
     *
     * @throws MockServerException if it cannot start (port in use, unreadable data directory...)
     */
    public BillkitMock start() {
      try {
        return new BillkitMock(config.start());
      } catch (RuntimeException e) {
        throw new MockServerException("the mock server could not start: " + e.getMessage(), e);
      }
    }
  }
}
