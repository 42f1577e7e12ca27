package dev.billkit.mock;

import dev.billkit.mock.internal.server.IdleMemory;
import dev.billkit.mock.internal.server.MockServer;
import dev.billkit.mock.internal.server.MockServerConfig;
import dev.billkit.mock.internal.server.SpecSources;
import dev.billkit.mock.internal.spec.SpecIndex;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar billkit-mock-server.jar}: starts the mock server, prints one JSON line {@code
 * {"status":"ready","port":N,"url":"..."}} once the port accepts requests, then one access log line
 * per request. SIGTERM or Ctrl-C stops it gracefully (and saves state with {@code --data-dir}).
 */
@Command(
    name = "billkit-mock-server",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "The Billkit reference mock server: every API key is its own isolated test account.")
public final class Main implements Callable<Integer> {
  private static final String JETTY_REFS_PER_CACHE_LINE =
      "org.eclipse.jetty.util.referencesPerCacheLine";

  @Option(
      names = "--port",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 12400;

  @Option(names = "--host", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(
      names = "--seed",
      description = "Seed for ids and tenant clocks (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--data-dir",
      description = "Restore state from this directory on start, save it there on shutdown.")
  Path dataDir;

  @Option(
      names = "--journal-size",
      description =
          "Requests each tenant's journal keeps, oldest dropped first (default: ${DEFAULT-VALUE}).")
  int journalSize = 10_000;

  @Option(
      names = "--journal-total",
      description =
          "Requests the journals of all tenants keep together, the server's oldest dropped first"
              + " (default: ${DEFAULT-VALUE}).")
  int journalTotal = 200_000;

  @Option(names = "--no-access-log", description = "Do not print a line per request.")
  boolean noAccessLog;

  // Started before the arguments are parsed: on a cold JVM reading the spec costs about as much as
  // parsing the arguments, and the machine has more than one core.
  private final CompletableFuture<SpecIndex> spec;
  private final CompletableFuture<SpecIndex> admin;

  Main(CompletableFuture<SpecIndex> spec, CompletableFuture<SpecIndex> admin) {
    this.spec = spec;
    this.admin = admin;
  }

  public static void main(String[] args) {
    // Without this, Jetty asks JMX for the JVM's pointer size, which loads ~200 classes at
    // start-up.
    if (System.getProperty(JETTY_REFS_PER_CACHE_LINE) == null) {
      System.setProperty(JETTY_REFS_PER_CACHE_LINE, "16");
    }
    CompletableFuture<SpecIndex> spec = new CompletableFuture<>();
    CompletableFuture<SpecIndex> admin = new CompletableFuture<>();
    Thread preload =
        new Thread(
            () -> {
              try {
                spec.complete(SpecIndex.of(SpecSources.billing()));
                admin.complete(SpecIndex.of(SpecSources.admin()));
              } catch (RuntimeException e) {
                spec.completeExceptionally(e);
                admin.completeExceptionally(e);
              }
            },
            "billkit-mock-preload");
    preload.setDaemon(true);
    preload.start();
    Thread jetty = new Thread(MockServer::preloadClasses, "billkit-mock-preload-jetty");
    jetty.setDaemon(true);
    jetty.start();
    System.exit(new CommandLine(new Main(spec, admin)).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "--port must be 0..65535, got " + port);
    }
    if (journalSize < 0) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "--journal-size must be >= 0, got " + journalSize);
    }
    if (journalTotal < 0) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "--journal-total must be >= 0, got " + journalTotal);
    }
    PrintStream stdout =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    MockServer server;
    try {
      server =
          new MockServerConfig()
              .host(host)
              .port(port)
              .seed(seed)
              .dataDir(dataDir)
              .accessLog(noAccessLog ? null : stdout)
              .journalSize(journalSize)
              .journalTotal(journalTotal)
              .billingIndex(spec::join)
              .adminIndex(admin::join)
              .start();
    } catch (RuntimeException e) {
      Throwable cause =
          e instanceof java.util.concurrent.CompletionException && e.getCause() != null
              ? e.getCause()
              : e;
      System.err.println("billkit-mock-server: " + cause.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "billkit-mock-shutdown"));
    stdout.println(
        "{\"status\":\"ready\",\"port\":" + server.port() + ",\"url\":\"" + server.url() + "\"}");
    stdout.flush();
    Thread flusher =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  return;
                }
                stdout.flush();
              }
            },
            "billkit-mock-log-flush");
    flusher.setDaemon(true);
    flusher.start();
    // After the ready line: the management classes this loads are not worth start-up time.
    Thread idle = new Thread(IdleMemory::applyToThisJvm, "billkit-mock-idle-memory");
    idle.setDaemon(true);
    idle.start();
    server.join();
    return 0;
  }
}
