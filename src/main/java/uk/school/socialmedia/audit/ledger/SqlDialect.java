package uk.school.socialmedia.audit.ledger;

import java.sql.Connection;
import java.sql.SQLException;

/** The one difference between H2 and PostgreSQL the ledger cares about: binary text order. */
enum SqlDialect {
  H2, POSTGRESQL;

  static SqlDialect of(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
        ? POSTGRESQL : H2;
  }

  /** An ORDER BY expression sorting {@code column} as text in code-point order. */
  String binaryText(String column) {
    // PostgreSQL sorts text by the database's locale unless told otherwise; H2 compares as Java
    return this == POSTGRESQL
        ? "cast(" + column + " as varchar) collate \"C\""
        : "cast(" + column + " as varchar)";
  }
}
