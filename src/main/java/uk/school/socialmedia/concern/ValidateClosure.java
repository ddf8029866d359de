package uk.school.socialmedia.concern;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/** A concern is closed with a summary, once its actions are done. */
@Component("validateClosure")
class ValidateClosure implements TaskListener {

  private final IdentityService identity;
  private final Clock clock;

  ValidateClosure(IdentityService identity, Clock clock) {
    this.identity = identity;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules.of(task)
        .requireTrue("actionsComplete", "Every action has been completed.")
        .requireText("closureSummary", "a summary of what was done and the outcome")
        .limitText("closureSummary", "the summary", ConcernVariables.NARRATIVE_LENGTH)
        .check();
    task.getExecution().setVariable(ConcernVariables.CLOSED_ON, Date.from(clock.instant()));
    ConcernSteps.recordActor(task, identity, "closedBy");
    ConcernSteps.comment(task, "Closed. Summary: " + FormRules.text(task, "closureSummary"));
  }
}
