package uk.school.socialmedia.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM, started from a Maven artifact. Each Spring context
 * gets a database of its own; the server stops when the last context using it has closed
 * (never from a JVM shutdown hook of its own, which would stop it under a running engine).
 */
public final class SharedPostgres {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static int users;

  private SharedPostgres() {}

  /** Creates a new, empty database and returns its JDBC URL. */
  public static synchronized String newDatabase() {
    try {
      if (server == null) {
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      }
      users++;
      String name = "school_" + DATABASES.incrementAndGet();
      try (Connection connection = server.getPostgresDatabase().getConnection();
           Statement statement = connection.createStatement()) {
        statement.execute("create database " + name);
      }
      return server.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create a test database", e);
    }
  }

  public static synchronized void release() throws IOException {
    if (--users == 0 && server != null) {
      server.close();
      server = null;
    }
  }
}
