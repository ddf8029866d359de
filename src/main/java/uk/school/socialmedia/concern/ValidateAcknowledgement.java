package uk.school.socialmedia.concern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/** A concern is acknowledged only by someone who says they have read it and taken it on. */
@Component("validateAcknowledgement")
class ValidateAcknowledgement implements TaskListener {

  private final IdentityService identity;

  ValidateAcknowledgement(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules.of(task)
        .requireTrue("acknowledged", "I have read this report and I am taking it on.")
        .limitText("acknowledgementNote", "the immediate steps taken",
            ConcernVariables.NARRATIVE_LENGTH)
        .check();
    ConcernSteps.recordActor(task, identity, "acknowledgedBy");
  }
}
