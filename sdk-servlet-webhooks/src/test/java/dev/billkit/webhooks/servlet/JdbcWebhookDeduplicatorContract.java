package dev.billkit.webhooks.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcWebhookDeduplicator} on one database: the whole {@link WebhookDeduplicatorContract},
 * plus the table's own duties. Subclasses supply the database.
 */
abstract class JdbcWebhookDeduplicatorContract extends WebhookDeduplicatorContract {

  private static final Duration TTL = Duration.ofMinutes(10);

  JdbcWebhookDeduplicator dedup;

  abstract DataSource dataSource();

  @Override
  WebhookDeduplicator dedup() {
    return dedup;
  }

  @BeforeEach
  void createFreshTable() throws Exception {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + JdbcWebhookDeduplicator.DEFAULT_TABLE);
    }
    dedup = new JdbcWebhookDeduplicator(dataSource(), JdbcWebhookDeduplicator.DEFAULT_TABLE, clock);
    dedup.createTableIfNotExists();
  }

  @Test
  void purgeDeletesOnlyExpiredRows() throws Exception {
    dedup.claim("evt_old", Duration.ofMinutes(1));
    dedup.complete("evt_new", dedup.claim("evt_new", TTL).token(), Duration.ofHours(1));
    clock.advance(Duration.ofMinutes(2));

    assertThat(dedup.purgeExpired()).isOne();
    assertThat(rowCount()).isOne();
    assertThat(dedup.claim("evt_new", TTL)).isEqualTo(WebhookDeduplicator.Claim.done());
  }

  @Test
  void tokensAreUniqueAcrossDeduplicatorsSharingTheTable() {
    JdbcWebhookDeduplicator other =
        new JdbcWebhookDeduplicator(dataSource(), JdbcWebhookDeduplicator.DEFAULT_TABLE, clock);
    WebhookDeduplicator.Claim mine = dedup.claim("evt_1", Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    WebhookDeduplicator.Claim theirs = other.claim("evt_1", Duration.ofMinutes(1));

    assertThat(theirs.token()).isNotEqualTo(mine.token());
    assertThat(dedup.release("evt_1", mine.token())).isFalse();
    assertThat(other.release("evt_1", theirs.token())).isTrue();
  }

  @Test
  void theShippedDdlResourceMatchesTheStatementInCode() throws IOException {
    try (InputStream in =
        JdbcWebhookDeduplicator.class.getResourceAsStream("billkit-webhook-claims.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String statement =
          sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
      assertThat(statement.strip()).isEqualTo(dedup.createTableStatement() + ";");
    }
  }

  @Test
  void creatingTheTableTwiceIsHarmless() {
    dedup.claim("evt_1", TTL);
    dedup.createTableIfNotExists();
    assertThat(dedup.claim("evt_1", TTL)).isEqualTo(WebhookDeduplicator.Claim.inProgress());
  }

  @Test
  void tableNamesThatAreNotIdentifiersAreRefused() {
    assertThatThrownBy(
            () -> new JdbcWebhookDeduplicator(dataSource(), "claims; DROP TABLE x", clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identifier");
  }

  @Test
  void aMissingTableIsReportedWithItsName() throws Exception {
    JdbcWebhookDeduplicator missing =
        new JdbcWebhookDeduplicator(dataSource(), "no_such_table", clock);
    assertThatThrownBy(() -> missing.claim("evt_1", TTL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no_such_table");
  }

  private int rowCount() throws Exception {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM " + JdbcWebhookDeduplicator.DEFAULT_TABLE)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
