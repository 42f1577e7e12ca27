package dev.billkit.webhooks.servlet;

import dev.billkit.webhooks.servlet.WebhookDeduplicator.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL of {@link JdbcWebhookDeduplicator}, one statement per method, each atomic on its own in
 * auto-commit mode. Portable SQL only (tested on PostgreSQL and H2); {@code table} was checked to
 * be a plain identifier before it reaches this class.
 */
final class ClaimTable {
  private static final String PROCESSING = "processing";
  private static final String DONE = "done";

  private final String table;

  ClaimTable(String table) {
    this.table = table;
  }

  String createStatement() {
    return "CREATE TABLE IF NOT EXISTS "
        + table
        + " (\n  webhook_id VARCHAR(255) NOT NULL PRIMARY KEY,\n  state VARCHAR(10) NOT NULL,\n"
        + "  claim_token VARCHAR(64) NOT NULL,\n  expires_at BIGINT NOT NULL\n)";
  }

  void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(createStatement());
    }
  }

  /** Claims a never-seen id; the primary key lets one of several concurrent inserts through. */
  boolean insert(Connection c, String id, String token, long expiry) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO " + table + " (webhook_id, state, claim_token, expires_at)"
                + " VALUES (?, '" + PROCESSING + "', ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, token);
      ps.setLong(3, expiry);
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      // SQLState class 23 is "integrity constraint violation": the id has a row already.
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw e;
    }
  }

  /** Takes over an expired row, processing or done; atomic per row, so one taker wins. */
  boolean takeOverExpired(Connection c, String id, String token, long expiry, long now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE " + table + " SET state = '" + PROCESSING + "', claim_token = ?,"
                + " expires_at = ? WHERE webhook_id = ? AND expires_at <= ?")) {
      ps.setString(1, token);
      ps.setLong(2, expiry);
      ps.setString(3, id);
      ps.setLong(4, now);
      return ps.executeUpdate() == 1;
    }
  }

  /** The state of a live (unexpired) row, or {@code null} if there is none. */
  Status liveState(Connection c, String id, long now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT state FROM " + table + " WHERE webhook_id = ? AND expires_at > ?")) {
      ps.setString(1, id);
      ps.setLong(2, now);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return DONE.equals(rs.getString(1)) ? Status.DONE : Status.IN_PROGRESS;
      }
    }
  }

  /** Processing row owned by {@code token} to done; nothing else changes. */
  boolean complete(Connection c, String id, String token, long expiry) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE " + table + " SET state = '" + DONE + "', expires_at = ?"
                + " WHERE webhook_id = ? AND claim_token = ? AND state = '" + PROCESSING + "'")) {
      ps.setLong(1, expiry);
      ps.setString(2, id);
      ps.setString(3, token);
      return ps.executeUpdate() == 1;
    }
  }

  /** Deletes the processing row owned by {@code token}; nothing else changes. */
  boolean release(Connection c, String id, String token) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM " + table
                + " WHERE webhook_id = ? AND claim_token = ? AND state = '" + PROCESSING + "'")) {
      ps.setString(1, id);
      ps.setString(2, token);
      return ps.executeUpdate() == 1;
    }
  }

  int purgeExpired(Connection c, long now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + table + " WHERE expires_at <= ?")) {
      ps.setLong(1, now);
      return ps.executeUpdate();
    }
  }
}
