package uk.school.socialmedia.consent;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * A takedown is complete only when someone confirms the image is gone; who and when is written
 * to the takedown record (and the task's history).
 */
@Component("recordTakedown")
class RecordTakedown implements TaskListener {

  private final ConsentTakedowns takedowns;

  RecordTakedown(ConsentTakedowns takedowns) {
    this.takedowns = takedowns;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules.of(task)
        .requireTrue(ConsentVariables.TAKEDOWN_CONFIRMED,
            "the image has been removed from the channel.")
        .check();
    Authentication current = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    String removedBy = current != null ? current.getUserId() : task.getAssignee();
    takedowns.markRemoved((String) task.getVariable(ConsentVariables.TAKEDOWN_ID), removedBy,
        FormRules.text(task, ConsentVariables.TAKEDOWN_NOTE));
  }
}
