package uk.school.socialmedia.audit.ledger;

import java.util.ArrayList;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Adds the ledger to the engine: its history handler beside the default database handler, and
 * the journaling history clean-up in place of the engine's own clean-up job handler.
 */
class LedgerEnginePlugin extends AbstractProcessEnginePlugin {

  private final Journal journal;
  private final DataSource dataSource;

  LedgerEnginePlugin(Journal journal, DataSource dataSource) {
    this.journal = journal;
    this.dataSource = dataSource;
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
    configuration.getCustomJobHandlers().add(new JournalHistoryCleanup(journal, dataSource));
  }
}
