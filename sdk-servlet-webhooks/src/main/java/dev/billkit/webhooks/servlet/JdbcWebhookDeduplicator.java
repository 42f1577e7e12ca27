package dev.billkit.webhooks.servlet;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link WebhookDeduplicator} backed by one database table, shared by every instance of the
 * application. A claim is a plain {@code INSERT}: the primary key on {@code webhook_id} lets
 * exactly one of several concurrent claims through, on any SQL database. An expired row is taken
 * over with a conditional {@code UPDATE}, and {@code complete}/{@code release} are conditional on
 * the claim's token and state, so each is atomic per row as well.
 *
 * <p>The table (DDL in {@link #createTableStatement()} and in the classpath resource {@code
 * dev/billkit/webhooks/servlet/billkit-webhook-claims.sql}):
 *
 * <pre>
 * CREATE TABLE IF NOT EXISTS billkit_webhook_claims (
 *   webhook_id VARCHAR(255) NOT NULL PRIMARY KEY,
 *   state VARCHAR(10) NOT NULL,        -- 'processing' or 'done'
 *   claim_token VARCHAR(64) NOT NULL,  -- a random UUID per claim: who owns a processing row
 *   expires_at BIGINT NOT NULL         -- epoch milliseconds
 * );
 * </pre>
 *
 * <p>Each call borrows a connection from the {@link DataSource} and closes it before returning;
 * statements run in auto-commit mode (the connection's previous mode is restored). Expiry is
 * computed from the injected {@link Clock}, so every instance should run with a synchronised clock.
 * Thread-safe.
 */
public final class JdbcWebhookDeduplicator implements WebhookDeduplicator {

  /** The default table name. */
  public static final String DEFAULT_TABLE = "billkit_webhook_claims";

  private static final Pattern TABLE_NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");
  // A row can vanish or expire between our INSERT, UPDATE and SELECT; a few rounds settle it.
  private static final int CLAIM_ROUNDS = 3;

  private final DataSource dataSource;
  private final String table;
  private final ClaimTable sql;
  private final Clock clock;

  /** Uses the table {@value #DEFAULT_TABLE} and the system clock. */
  public JdbcWebhookDeduplicator(DataSource dataSource) {
    this(dataSource, DEFAULT_TABLE, Clock.systemUTC());
  }

  /**
   * Uses {@code table} (optionally schema-qualified) and {@code clock}.
   *
   * @throws IllegalArgumentException if {@code table} is not a plain SQL identifier
   */
  public JdbcWebhookDeduplicator(DataSource dataSource, String table, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (table == null || !TABLE_NAME.matcher(table).matches()) {
      throw new IllegalArgumentException(
          "table must be an identifier like billkit_webhook_claims or app.webhook_claims (got \""
              + table
              + "\")");
    }
    this.table = table;
    this.sql = new ClaimTable(table);
  }

  /** The {@code CREATE TABLE IF NOT EXISTS} statement for this deduplicator's table. */
  public String createTableStatement() {
    return sql.createStatement();
  }

  /** Runs {@link #createTableStatement()}; for tests and small apps without migrations. */
  public void createTableIfNotExists() {
    run(
        c -> {
          sql.create(c);
          return null;
        });
  }

  @Override
  public Claim claim(String webhookId, Duration processingTimeout) {
    Objects.requireNonNull(webhookId, "webhookId");
    long now = clock.millis();
    long expiry = now + processingTimeout.toMillis();
    String token = UUID.randomUUID().toString();
    return run(
        c -> {
          for (int round = 0; round < CLAIM_ROUNDS; round++) {
            if (sql.insert(c, webhookId, token, expiry)
                || sql.takeOverExpired(c, webhookId, token, expiry, now)) {
              return Claim.claimed(token);
            }
            Status live = sql.liveState(c, webhookId, now);
            if (live != null) {
              return live == Status.DONE ? Claim.done() : Claim.inProgress();
            }
          }
          // Still contended: answer "in progress", so the sender retries rather than gives up.
          return Claim.inProgress();
        });
  }

  @Override
  public boolean complete(String webhookId, String token, Duration doneTtl) {
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(token, "token");
    long expiry = clock.millis() + doneTtl.toMillis();
    return run(c -> sql.complete(c, webhookId, token, expiry));
  }

  @Override
  public boolean release(String webhookId, String token) {
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(token, "token");
    return run(c -> sql.release(c, webhookId, token));
  }

  /**
   * Deletes expired claims; run it now and then (expired rows are harmless, only space).
   *
   * @return the number of rows deleted
   */
  public int purgeExpired() {
    long now = clock.millis();
    return run(c -> sql.purgeExpired(c, now));
  }

  private <T> T run(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      if (!autoCommit) {
        c.setAutoCommit(true);
      }
      try {
        return work.apply(c);
      } finally {
        if (!autoCommit) {
          c.setAutoCommit(false);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Webhook deduplication table " + table + " failed (SQLState " + e.getSQLState() + ")", e);
    }
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T apply(Connection c) throws SQLException;
  }

  @Override
  public String toString() {
    return "JdbcWebhookDeduplicator[table=" + table + "]";
  }
}
