package uk.school.socialmedia.concern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/** A closed concern is reopened only with a reason; it is then open again until closed anew. */
@Component("validateReopening")
class ValidateReopening implements TaskListener {

  private final IdentityService identity;

  ValidateReopening(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules.of(task)
        .requireText("reopenReason", "the reason for reopening the concern")
        .limitText("reopenReason", "the reason for reopening the concern",
            ConcernVariables.NARRATIVE_LENGTH)
        .check();
    task.getExecution().setVariable(ConcernVariables.CLOSED_ON, null);
    ConcernSteps.recordActor(task, identity, "reopenedBy");
    ConcernSteps.comment(task, "Reopened. Reason: " + FormRules.text(task, "reopenReason"));
  }
}
