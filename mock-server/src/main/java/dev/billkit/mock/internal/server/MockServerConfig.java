package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.domain.BuiltInDomains;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.spec.SpecDocument;
import dev.billkit.mock.internal.spec.SpecIndex;
import dev.billkit.mock.internal.tenant.Journal;
import dev.billkit.mock.internal.tenant.JournalBudget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** How to start a {@link MockServer}. Mutable builder-style; not thread-safe. */
public final class MockServerConfig {
  private String host = "127.0.0.1";
  private int port;
  private long seed;
  private Path dataDir;
  private PrintStream accessLog;
  private Sleeper sleeper = Sleeper.SYSTEM;
  private List<Domain> domains = new ArrayList<>(BuiltInDomains.all());
  private Supplier<SpecIndex> billingSpec = () -> SpecIndex.of(SpecSources.billing());
  private Supplier<SpecIndex> adminSpec = () -> SpecIndex.of(SpecSources.admin());
  private int journalSize = Journal.DEFAULT_LIMIT;
  private int journalTotal = JournalBudget.DEFAULT_TOTAL;
  private long stopTimeoutMillis = 10_000;

  public MockServerConfig host(String host) {
    this.host = host;
    return this;
  }

  /** 0 picks a free port. */
  public MockServerConfig port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    this.port = port;
    return this;
  }

  public MockServerConfig seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Where state is restored from on start and saved to on close; null keeps it in memory only. */
  public MockServerConfig dataDir(Path dataDir) {
    this.dataDir = dataDir;
    return this;
  }

  /** Where access log lines go; null for none. */
  public MockServerConfig accessLog(PrintStream accessLog) {
    this.accessLog = accessLog;
    return this;
  }

  public MockServerConfig sleeper(Sleeper sleeper) {
    this.sleeper = sleeper;
    return this;
  }

  /** Replaces the built-in domains (tests plug in fixtures this way). */
  public MockServerConfig domains(List<Domain> domains) {
    this.domains = new ArrayList<>(domains);
    return this;
  }

  /** Replaces the billing spec (tests use fixture specs this way). */
  public MockServerConfig billingSpec(Supplier<SpecDocument> spec) {
    this.billingSpec = () -> SpecIndex.of(spec.get());
    return this;
  }

  /** Supplies the indexed billing spec, e.g. one that is already being loaded in the background. */
  public MockServerConfig billingIndex(Supplier<SpecIndex> index) {
    this.billingSpec = index;
    return this;
  }

  /** How many requests each tenant's journal keeps (default 10 000); 0 keeps none. */
  public MockServerConfig journalSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("journal size must be >= 0, got " + size);
    }
    this.journalSize = size;
    return this;
  }

  /** Supplies the indexed admin spec (mock-admin.yaml). */
  public MockServerConfig adminIndex(Supplier<SpecIndex> index) {
    this.adminSpec = index;
    return this;
  }

  public MockServerConfig stopTimeoutMillis(long millis) {
    this.stopTimeoutMillis = millis;
    return this;
  }

  /** Starts a server with this configuration. */
  public MockServer start() {
    return MockServer.start(this);
  }

  String host() {
    return host;
  }

  int port() {
    return port;
  }

  long seed() {
    return seed;
  }

  Path dataDir() {
    return dataDir;
  }

  PrintStream accessLog() {
    return accessLog;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  List<Domain> domains() {
    return domains;
  }

  SpecIndex billingSpec() {
    return billingSpec.get();
  }

  SpecIndex adminSpec() {
    return adminSpec.get();
  }

  int journalSize() {
    return journalSize;
  }

  /**
   * How many requests the journals of all tenants keep together (default 200 000), the oldest
   * dropped first whichever tenant it belongs to; 0 keeps none.
   */
  public MockServerConfig journalTotal(int total) {
    if (total < 0) {
      throw new IllegalArgumentException("journal total must be >= 0, got " + total);
    }
    this.journalTotal = total;
    return this;
  }

  int journalTotal() {
    return journalTotal;
  }

  long stopTimeoutMillis() {
    return stopTimeoutMillis;
  }
}
