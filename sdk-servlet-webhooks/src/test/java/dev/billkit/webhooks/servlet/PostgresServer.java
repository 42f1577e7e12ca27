package dev.billkit.webhooks.servlet;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL cluster from Debian's {@code postgresql} package: initdb in a temp dir,
 * started with pg_ctl on a free loopback port, deleted on close. PostgreSQL refuses to run as root,
 * so under root the cluster belongs to the {@code postgres} user (or {@code nobody}).
 */
final class PostgresServer implements AutoCloseable {

  private static final Path DEBIAN_PG = Path.of("/usr/lib/postgresql");

  private final Path dir;
  private final Path bin;
  private final String runAs;
  final PGSimpleDataSource dataSource = new PGSimpleDataSource();

  private PostgresServer(Path bin) throws IOException, InterruptedException {
    this.bin = bin;
    this.dir = Files.createTempDirectory("billkit-pg-");
    this.runAs = "root".equals(System.getProperty("user.name")) ? unprivilegedUser() : null;
    if (runAs != null) {
      UserPrincipal owner =
          dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(runAs);
      Files.setOwner(dir, owner);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path data = dir.resolve("data");
    exec(
        "initdb",
        "-D",
        data.toString(),
        "-U",
        "billkit",
        "--auth=trust",
        "-E",
        "UTF8",
        "--no-sync",
        "--no-instructions");
    exec(
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        dir.resolve("log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
        "start");
    dataSource.setServerNames(new String[] {"127.0.0.1"});
    dataSource.setPortNumbers(new int[] {port});
    dataSource.setDatabaseName("postgres");
    dataSource.setUser("billkit");
  }

  /** Starts a cluster, or aborts the calling test loudly if PostgreSQL is not installed. */
  static PostgresServer start() throws IOException, InterruptedException {
    Path bin = findBin();
    if (bin == null) {
      String msg =
          "SKIPPING PostgreSQL tests: no /usr/lib/postgresql/*/bin/initdb. "
              + "Install Debian's package: apt-get install -y postgresql";
      System.err.println("*** " + msg + " ***");
      Assumptions.abort(msg);
    }
    return new PostgresServer(bin);
  }

  private static Path findBin() throws IOException {
    if (!Files.isDirectory(DEBIAN_PG)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(DEBIAN_PG)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(Path::toString))
          .orElse(null);
    }
  }

  private static String unprivilegedUser() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("id", "-u", "postgres").start();
    return p.waitFor() == 0 ? "postgres" : "nobody";
  }

  private void exec(String tool, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (runAs != null) {
      cmd.addAll(List.of("runuser", "-u", runAs, "--"));
    }
    cmd.add(bin.resolve(tool).toString());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("billkit-pg-", ".out");
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    String output = Files.readString(out);
    Files.deleteIfExists(out);
    if (!done || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(tool + " failed: " + String.join(" ", cmd) + "\n" + output);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      exec("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping PostgreSQL", e);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
