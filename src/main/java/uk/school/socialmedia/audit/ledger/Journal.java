package uk.school.socialmedia.audit.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes journal entries in the writing transaction, on its own connection: reads the record as
 * it now is and notes it when it differs from the latest entry. Never locks the chain.
 */
class Journal {

  private final Clock clock;

  Journal(Clock clock) {
    this.clock = clock;
  }

  /**
   * Journals the record {@code key} of {@code table} if it changed; {@code whenGone} is what a
   * record that has disappeared is noted as (DELETE, or CLEANUP for history clean-up).
   */
  void record(Connection connection, AuditedTable table, Object key, Operation whenGone)
      throws SQLException {
    String recordId = String.valueOf(key);
    String hash = currentHash(connection, table, key);
    Latest latest = latest(connection, table.name(), recordId);
    if (hash == null) {
      if (latest != null && !latest.operation().gone()) {
        insert(connection, table.name(), recordId, whenGone, null);
      }
    } else if (latest == null || latest.operation().gone()) {
      insert(connection, table.name(), recordId, Operation.INSERT, hash);
    } else if (!hash.equals(latest.contentHash())) {
      insert(connection, table.name(), recordId, Operation.UPDATE, hash);
    }
  }

  static String currentHash(Connection connection, AuditedTable table, Object key)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(table.recordQuery())) {
      query.setObject(1, key);
      try (ResultSet rows = query.executeQuery()) {
        RecordHasher.Columns columns = new RecordHasher.Columns(rows, table);
        List<String> canonical = new ArrayList<>();
        while (rows.next()) {
          canonical.add(columns.canonicalRow(rows));
        }
        return RecordHasher.hashRecord(canonical);
      }
    }
  }

  private record Latest(Operation operation, String contentHash) {}

  private static Latest latest(Connection connection, String source, String recordId)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select operation, content_hash from audit_record where source = ? and record_id = ? "
            + "order by id desc fetch first 1 rows only")) {
      query.setString(1, source);
      query.setString(2, recordId);
      try (ResultSet row = query.executeQuery()) {
        return row.next()
            ? new Latest(Operation.valueOf(row.getString(1)), row.getString(2)) : null;
      }
    }
  }

  private void insert(Connection connection, String source, String recordId, Operation operation,
      String hash) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into audit_record (source, record_id, operation, content_hash, recorded_at) "
            + "values (?, ?, ?, ?, ?)")) {
      insert.setString(1, source);
      insert.setString(2, recordId);
      insert.setString(3, operation.name());
      insert.setString(4, hash);
      insert.setObject(5, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
          .truncatedTo(ChronoUnit.MICROS));
      insert.executeUpdate();
    }
  }
}
