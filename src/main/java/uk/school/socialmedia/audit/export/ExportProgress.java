package uk.school.socialmedia.audit.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far a running export has got. Kept apart from the export's record on purpose: the record
 * is audited (sealed in the ledger at each change) and should change only when the export is
 * asked for, starts, completes or fails, not at every percent; progress is working state, in a
 * plain table outside the JPA registers, so the ledger does not see it.
 */
@Component
class ExportProgress {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separately;

  ExportProgress(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    // the registers are read in a read-only transaction while progress is stored
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  void store(String exportId, int percent) {
    separately.executeWithoutResult(status -> {
      if (jdbc.update("update audit_export_progress set percent_done = ? where export_id = ?",
          percent, exportId) == 0) {
        jdbc.update("insert into audit_export_progress (export_id, percent_done) values (?, ?)",
            exportId, percent);
      }
    });
  }

  /** The percentage stored for a running export; 0 before the first is stored. */
  int percent(String exportId) {
    return jdbc.query("select percent_done from audit_export_progress where export_id = ?",
        rows -> rows.next() ? rows.getInt(1) : 0, exportId);
  }

  /** A finished export needs no progress any more. */
  void forget(String exportId) {
    separately.executeWithoutResult(status ->
        jdbc.update("delete from audit_export_progress where export_id = ?", exportId));
  }
}
