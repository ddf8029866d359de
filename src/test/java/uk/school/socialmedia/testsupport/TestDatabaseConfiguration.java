package uk.school.socialmedia.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * With {@code -Dtest.database=postgresql} (the Maven build's second test run), every Spring test
 * runs against a real PostgreSQL 17 instead of H2.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "test.database", havingValue = "postgresql")
class TestDatabaseConfiguration {

  @Bean
  @Primary
  DataSource dataSource() {
    return new PostgresDatabase(SharedPostgres.newDatabase());
  }

  /** A pooled connection to this context's own database; closing it releases the server. */
  static class PostgresDatabase extends HikariDataSource {

    PostgresDatabase(String jdbcUrl) {
      setJdbcUrl(jdbcUrl);
      setUsername("postgres");
      setMaximumPoolSize(8);
    }

    @Override
    public void close() {
      super.close();
      try {
        SharedPostgres.release();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
