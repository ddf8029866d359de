package uk.school.socialmedia.audit.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.VerificationReport;
import uk.school.socialmedia.audit.VerificationReport.Finding;
import uk.school.socialmedia.audit.VerificationReport.Problem;

/**
 * Recomputes the chain and compares every audited table with the journal, read-only, in one
 * database snapshot. Everything is streamed in key order and merge-joined, so memory does not
 * grow with the database. Used by {@link Ledger} and by the command line.
 */
class LedgerVerifier {

  private final DataSource dataSource;
  private final Supplier<List<AuditedTable>> tables;
  private final LedgerProperties properties;
  private final Clock clock;

  LedgerVerifier(DataSource dataSource, Supplier<List<AuditedTable>> tables,
      LedgerProperties properties, Clock clock) {
    this.dataSource = dataSource;
    this.tables = tables;
    this.properties = properties;
    this.clock = clock;
  }

  /** Verifies the record; with {@code earlier}, also that the chain still holds that head. */
  VerificationReport verify(Optional<ChainHead> earlier) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        Findings findings = new Findings(properties.maxFindings());
        ChainHead head = checkChain(connection, earlier, findings);
        long records = 0;
        SqlDialect dialect = SqlDialect.of(connection);
        RemovalChecks removals = new RemovalChecks(connection);
        for (AuditedTable table : tables.get()) {
          records += checkRecords(connection, dialect, table, removals, findings);
        }
        removals.removalTimesSet().forEach(findings::add);
        return new VerificationReport(clock.instant(), head, records, findings.inChainOrder());
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit record", e);
    }
  }

  private ChainHead checkChain(Connection connection, Optional<ChainHead> earlier,
      Findings findings) throws SQLException {
    ChainHead head;
    try (PreparedStatement query = connection.prepareStatement(
        "select sequence, chain_hash, sealed_at from audit_chain_head where id = 1");
         ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        findings.add(new Finding(Problem.CHAIN_BROKEN, "audit_chain_head", "1", null,
            "the chain head is missing"));
        return new ChainHead(0, ChainLink.GENESIS, null);
      }
      LocalDateTime sealedAt = row.getObject(3, LocalDateTime.class);
      head = new ChainHead(row.getLong(1), row.getString(2),
          sealedAt == null ? null : sealedAt.toInstant(ZoneOffset.UTC));
    }
    long expected = 1;
    String previous = ChainLink.GENESIS;
    String atEarlier = earlier.filter(e -> e.sequence() == 0).map(e -> ChainLink.GENESIS)
        .orElse(null);
    try (PreparedStatement query = streaming(connection, "select sequence, source, record_id, "
        + "operation, content_hash, recorded_at, chain_hash from audit_record "
        + "where sequence is not null order by sequence");
         ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ChainLink link = new ChainLink(rows.getLong(1), rows.getString(2), rows.getString(3),
            rows.getString(4), rows.getString(5), rows.getObject(6, LocalDateTime.class));
        String sealed = rows.getString(7);
        if (link.sequence() > expected) {
          findings.add(new Finding(Problem.CHAIN_BROKEN, "audit_record", null, expected,
              "entries " + expected + " to " + (link.sequence() - 1) + " are missing"));
        } else if (link.sequence() < expected) {
          findings.add(new Finding(Problem.CHAIN_BROKEN, "audit_record", link.recordId(),
              link.sequence(), "sequence " + link.sequence() + " appears more than once"));
        }
        if (!link.chainHash(previous).equals(sealed)) {
          findings.add(new Finding(Problem.CHAIN_BROKEN, link.source(), link.recordId(),
              link.sequence(), "the entry no longer matches its seal"));
        }
        if (earlier.isPresent() && earlier.get().sequence() == link.sequence()) {
          atEarlier = sealed;
        }
        // go on from the stored hash, so that one edited entry is one finding
        previous = sealed;
        expected = link.sequence() + 1;
      }
    }
    if (head.sequence() != expected - 1 || !head.hash().equals(previous)) {
      findings.add(new Finding(Problem.CHAIN_BROKEN, "audit_chain_head", "1", head.sequence(),
          "the head (sequence " + head.sequence() + ") does not match the last sealed entry ("
              + (expected - 1) + ")"));
    }
    if (earlier.isPresent() && !earlier.get().hash().equals(atEarlier)) {
      findings.add(new Finding(Problem.NOT_EXTENDED, "audit_record", null,
          earlier.get().sequence(), atEarlier == null
              ? "the chain no longer reaches sequence " + earlier.get().sequence()
              : "the chain holds a different hash at sequence " + earlier.get().sequence()));
    }
    return head;
  }

  /**
   * Merge-joins a table (grouped into records) with the latest journal entry per record. A
   * process instance that is gone is judged by {@link RemovalChecks}: its whole history goes with
   * it, so that is where a hold or a scheduled removal is checked.
   */
  private long checkRecords(Connection connection, SqlDialect dialect, AuditedTable table,
      RemovalChecks removals, Findings findings) throws SQLException {
    long checked = 0;
    try (PreparedStatement journalQuery = streaming(connection, "select record_id, operation, "
        + "content_hash, sequence, recorded_at from audit_record where source = ? order by "
        + dialect.binaryText("record_id") + ", id");
         PreparedStatement tableQuery = streaming(connection, table.allRowsQuery(dialect))) {
      journalQuery.setString(1, table.name());
      try (ResultSet journalRows = journalQuery.executeQuery();
           ResultSet tableRows = tableQuery.executeQuery()) {
        JournalCursor journal = new JournalCursor(journalRows);
        TableCursor current = new TableCursor(tableRows, table);
        Entry entry = journal.next();
        Rows record = current.next();
        while (entry != null || record != null) {
          int order = entry == null ? 1
              : record == null ? -1 : entry.recordId().compareTo(record.key());
          if (order < 0) {
            if (table.equals(HistoryTables.PROCESS_INSTANCES)) {
              Finding removal = removals.judge(entry.recordId(), entry.operation(),
                  RemovalChecks.recordedAt(entry.recordedAt()), entry.sequence());
              if (removal != null) {
                findings.add(removal);
              }
            } else if (!entry.operation().gone()) {
              findings.add(new Finding(Problem.DELETED, table.name(), entry.recordId(),
                  entry.sequence(), "sealed as " + entry.operation() + " but no longer present"));
            }
            entry = journal.next();
          } else if (order > 0) {
            findings.add(new Finding(Problem.INSERTED, table.name(), record.key(), null,
                "present but never recorded"));
            checked++;
            record = current.next();
          } else {
            if (entry.operation().gone()) {
              findings.add(new Finding(Problem.INSERTED, table.name(), record.key(),
                  entry.sequence(), "recorded as " + entry.operation() + " but present again"));
            } else if (!Objects.equals(entry.contentHash(), record.hash())) {
              findings.add(new Finding(Problem.ALTERED, table.name(), record.key(),
                  entry.sequence(), "content differs from what was recorded"));
            }
            checked++;
            entry = journal.next();
            record = current.next();
          }
        }
      }
    }
    return checked;
  }

  private PreparedStatement streaming(Connection connection, String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
        ResultSet.CONCUR_READ_ONLY);
    statement.setFetchSize(properties.fetchSize());
    return statement;
  }

  private record Entry(String recordId, Operation operation, String contentHash, Long sequence,
      LocalDateTime recordedAt) {}

  private record Rows(String key, String hash) {}

  /** The latest journal entry of each record, in record order. */
  private static final class JournalCursor {
    private final ResultSet rows;
    private boolean more;

    JournalCursor(ResultSet rows) throws SQLException {
      this.rows = rows;
      this.more = rows.next();
    }

    Entry next() throws SQLException {
      Entry latest = null;
      while (more && (latest == null || latest.recordId().equals(rows.getString(1)))) {
        long sequence = rows.getLong(4);
        boolean unsealed = rows.wasNull();
        latest = new Entry(rows.getString(1), Operation.valueOf(rows.getString(2)),
            rows.getString(3), unsealed ? null : sequence,
            rows.getObject(5, LocalDateTime.class));
        more = rows.next();
      }
      return latest;
    }
  }

  /** A table's rows grouped into records by key, each with its content hash. */
  private static final class TableCursor {
    private final ResultSet rows;
    private final AuditedTable table;
    private final RecordHasher.Columns columns;
    private boolean more;

    TableCursor(ResultSet rows, AuditedTable table) throws SQLException {
      this.rows = rows;
      this.table = table;
      this.columns = new RecordHasher.Columns(rows, table);
      this.more = rows.next();
    }

    Rows next() throws SQLException {
      if (!more) {
        return null;
      }
      String key = String.valueOf(rows.getObject(table.keyColumn()));
      List<String> canonical = new ArrayList<>();
      while (more && key.equals(String.valueOf(rows.getObject(table.keyColumn())))) {
        canonical.add(columns.canonicalRow(rows));
        more = rows.next();
      }
      return new Rows(key, RecordHasher.hashRecord(canonical));
    }
  }

  /** The first findings, at most {@code limit}. */
  private static final class Findings {
    private final int limit;
    private final List<Finding> found = new ArrayList<>();

    Findings(int limit) {
      this.limit = limit;
    }

    void add(Finding finding) {
      if (found.size() < limit) {
        found.add(finding);
      }
    }

    List<Finding> inChainOrder() {
      List<Finding> ordered = new ArrayList<>(found);
      ordered.sort(Comparator.comparing(Finding::sequence,
          Comparator.nullsLast(Comparator.naturalOrder())));
      return ordered;
    }
  }
}
