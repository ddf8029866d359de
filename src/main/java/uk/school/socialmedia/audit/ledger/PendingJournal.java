package uk.school.socialmedia.audit.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The history rows one transaction touched, journaled just before it commits: by then the
 * engine has flushed every command of the transaction, so each row is read as it will be
 * committed, on the transaction's own connection (a failure rolls the work back with it).
 */
final class PendingJournal implements TransactionSynchronization {

  private final Journal journal;
  private final DataSource dataSource;
  private final List<HistoryEvent> events = new ArrayList<>();
  private final Map<HistoryTables.Row, Operation> rows = new LinkedHashMap<>();

  private PendingJournal(Journal journal, DataSource dataSource) {
    this.journal = journal;
    this.dataSource = dataSource;
  }

  /** The pending journal of the current transaction, created on first use. */
  static PendingJournal current(Journal journal, DataSource dataSource) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("History is written outside a transaction; the audit "
          + "ledger could not journal it");
    }
    PendingJournal pending =
        (PendingJournal) TransactionSynchronizationManager.getResource(PendingJournal.class);
    if (pending == null) {
      pending = new PendingJournal(journal, dataSource);
      TransactionSynchronizationManager.bindResource(PendingJournal.class, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    return pending;
  }

  void noteEvent(HistoryEvent event) {
    events.add(event);
  }

  /** A row a command may have written, changed or removed; journaled as DELETE if gone. */
  void noteRow(AuditedTable table, String id) {
    rows.putIfAbsent(new HistoryTables.Row(table, id), Operation.DELETE);
  }

  /** A row history clean-up may remove in this transaction. */
  void noteCleanup(AuditedTable table, String id) {
    rows.put(new HistoryTables.Row(table, id), Operation.CLEANUP);
  }

  @Override
  public void beforeCommit(boolean readOnly) {
    for (HistoryEvent event : events) {
      HistoryTables.rowsOf(event).forEach(row -> rows.putIfAbsent(row, Operation.DELETE));
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      for (Map.Entry<HistoryTables.Row, Operation> row : rows.entrySet()) {
        journal.record(connection, row.getKey().table(), row.getKey().id(), row.getValue());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not journal history for the audit ledger", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  @Override
  public void afterCompletion(int status) {
    TransactionSynchronizationManager.unbindResourceIfPossible(PendingJournal.class);
  }
}
