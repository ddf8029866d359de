package uk.school.socialmedia.concern;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.concern.ConcernReport.AccountType;
import uk.school.socialmedia.concern.ConcernReport.Kind;
import uk.school.socialmedia.concern.ConcernReport.Source;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.identity.DemoData;

/** Demo mode: one concern reported by alice, waiting for the DSL (dana) to acknowledge it. */
@Component
class ConcernDemoData implements DemoData {

  static final String DEMO_REPORT =
      "Demo: a learner posted a photo of another learner with an unkind caption.";

  private final ConcernReporting reporting;
  private final HistoryService history;
  private final Clock clock;

  ConcernDemoData(ConcernReporting reporting, HistoryService history, Clock clock) {
    this.reporting = reporting;
    this.history = history;
    this.clock = clock;
  }

  @Override
  public void seed() {
    boolean seeded = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ConcernVariables.PROCESS_KEY)
        .variableValueEquals(ConcernVariables.WHAT_HAPPENED, DEMO_REPORT)
        .count() > 0;
    if (!seeded) {
      reporting.report(new ConcernReport(Source.STAFF_REPORT, null, "alice", Kind.CONCERN,
          Subject.LEARNER, DEMO_REPORT, LocalDate.now(clock), "Instagram", AccountType.PERSONAL,
          false, "Took a screenshot and told the learner's class teacher."));
    }
  }
}
