package uk.school.socialmedia.audit.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.datasource.DataSourceUtils;
import uk.school.socialmedia.audit.BeforeHistoryCleanup;

/**
 * Camunda's history clean-up job, journaling what it removes. The clean-up deletes rows in bulk
 * by REMOVAL_TIME_ without history events; this notes the rows that are due before it runs and,
 * at commit, journals those gone as CLEANUP, so a legitimate removal never reads as tampering.
 * Before that, the {@link BeforeHistoryCleanup} checks run (retention puts back the removal
 * time it decided on anything held or set otherwise). Memory grows with the rows due in one run
 * (a backlog after a long outage included).
 */
class JournalHistoryCleanup extends HistoryCleanupJobHandler {

  private final Journal journal;
  private final DataSource dataSource;
  private final List<BeforeHistoryCleanup> checks;

  JournalHistoryCleanup(Journal journal, DataSource dataSource,
      List<BeforeHistoryCleanup> checks) {
    this.journal = journal;
    this.dataSource = dataSource;
    this.checks = checks;
  }

  @Override
  public void execute(HistoryCleanupJobHandlerConfiguration configuration,
      ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    if (isHistoryCleanupStrategyRemovalTimeBased(commandContext)) {
      runChecks();
      noteRowsDue(PendingJournal.current(journal, dataSource));
    }
    super.execute(configuration, execution, commandContext, tenantId);
  }

  private void runChecks() {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      for (BeforeHistoryCleanup check : checks) {
        check.beforeCleanup(connection, ClockUtil.getCurrentTime().toInstant());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not check the history due for clean-up", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private void noteRowsDue(PendingJournal pending) {
    // the same cut-off as the clean-up's own delete statements
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      for (AuditedTable table : HistoryTables.ALL) {
        try (PreparedStatement due = connection.prepareStatement(
            "select ID_ from " + table.name() + " where REMOVAL_TIME_ <= ?")) {
          due.setTimestamp(1, now);
          try (ResultSet rows = due.executeQuery()) {
            while (rows.next()) {
              pending.noteCleanup(table, rows.getString(1));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not note the history due for clean-up", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
