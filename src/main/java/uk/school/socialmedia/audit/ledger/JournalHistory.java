package uk.school.socialmedia.audit.ledger;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Runs beside Camunda's own database history handler: notes which history rows each event
 * writes, for {@link PendingJournal} to journal when the transaction commits.
 */
class JournalHistory implements HistoryEventHandler {

  private final Journal journal;
  private final DataSource dataSource;

  JournalHistory(Journal journal, DataSource dataSource) {
    this.journal = journal;
    this.dataSource = dataSource;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (HistoryTables.audited(event)) {
      PendingJournal.current(journal, dataSource).noteEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
