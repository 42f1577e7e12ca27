package dev.billkit.webhooks.servlet;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract on a real PostgreSQL server started for this class (see {@link PostgresServer}). */
class JdbcWebhookDeduplicatorPostgresTest extends JdbcWebhookDeduplicatorContract {

  private static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = PostgresServer.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  DataSource dataSource() {
    return postgres.dataSource;
  }
}
