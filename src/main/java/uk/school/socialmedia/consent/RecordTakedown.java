package uk.school.socialmedia.consent;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * A takedown is complete only when someone confirms the image is gone; who and when is written
 * to the takedown record (and the task's history). The record is the one linked to this task
 * when it was created ({@link LinkTakedownToTask}), whatever variables the completion carries.
 */
@Component("recordTakedown")
class RecordTakedown implements TaskListener {

  private final ConsentTakedowns takedowns;

  RecordTakedown(ConsentTakedowns takedowns) {
    this.takedowns = takedowns;
  }

  @Override
  public void notify(DelegateTask task) {
    Takedown takedown = takedowns.ofTask(task.getId()).orElseThrow(() -> new RuleViolation(
        "This task is not linked to an image to take down; please ask the office."));
    FormRules.of(task)
        .requireTrue(ConsentVariables.TAKEDOWN_CONFIRMED,
            "the image has been removed from the channel.")
        .limitText(ConsentVariables.TAKEDOWN_NOTE, "how it was removed",
            ConsentVariables.TAKEDOWN_NOTE_LENGTH)
        .check();
    Authentication current = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    String removedBy = current != null ? current.getUserId() : task.getAssignee();
    takedowns.markRemoved(takedown, removedBy,
        FormRules.text(task, ConsentVariables.TAKEDOWN_NOTE));
  }
}
