package dev.billkit.webhooks.servlet;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The contract on an in-memory H2 database. */
class JdbcWebhookDeduplicatorH2Test extends JdbcWebhookDeduplicatorContract {

  private static final JdbcDataSource H2 = new JdbcDataSource();

  static {
    H2.setURL("jdbc:h2:mem:dedup;DB_CLOSE_DELAY=-1");
  }

  @Override
  DataSource dataSource() {
    return H2;
  }
}
