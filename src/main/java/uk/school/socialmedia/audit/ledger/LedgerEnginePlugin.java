package uk.school.socialmedia.audit.ledger;

import uk.school.socialmedia.platform.process.EngineInterceptors;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import uk.school.socialmedia.audit.BeforeHistoryCleanup;

/**
 * Adds the ledger to the engine: its history handler beside the default database handler, the
 * journaling history clean-up in place of the engine's own clean-up job handler, and the
 * journaling of comments and attachments (written without history events).
 */
class LedgerEnginePlugin extends AbstractProcessEnginePlugin {

  private final Journal journal;
  private final DataSource dataSource;
  private final List<BeforeHistoryCleanup> cleanupChecks;

  LedgerEnginePlugin(Journal journal, DataSource dataSource,
      List<BeforeHistoryCleanup> cleanupChecks) {
    this.journal = journal;
    this.dataSource = dataSource;
    this.cleanupChecks = cleanupChecks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(new JournalHistory(journal, dataSource));
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new ArrayList<>());
    }
    configuration.getCustomJobHandlers().add(new JournalHistoryCleanup(journal, dataSource,
        cleanupChecks));
    EngineInterceptors.insideEveryCommand(configuration, new JournalTaskNotes(journal, dataSource));
  }
}
