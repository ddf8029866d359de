package uk.school.socialmedia.exception;

import uk.school.socialmedia.platform.process.CurrentUser;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * The DSL's or deputy's discussion, checked on the server. The outcome, the recommendation and
 * its reasons are always required (the policy requires them for pre-existing relationships;
 * KCSIE asks for every safeguarding decision to be recorded with its reasons, so we ask always).
 */
@Component("validateExceptionDiscussion")
class ValidateExceptionDiscussion implements TaskListener {

  private final CurrentUser currentUser;

  ValidateExceptionDiscussion(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules.of(task)
        .requireText("discussionOutcome", "the outcome of the discussion")
        .limitText("discussionOutcome", "the outcome of the discussion",
            ValidateExceptionRequest.TEXT_LENGTH)
        .requireOneOf("recommendation", List.of("APPROVE", "REFUSE"), "your recommendation")
        .requireText("recommendationRationale", "the reasons for your recommendation")
        .limitText("recommendationRationale", "the reasons for your recommendation",
            ValidateExceptionRequest.TEXT_LENGTH)
        .check();
    task.getExecution().setVariable(ExceptionVariables.DISCUSSED_BY, currentUser.completing(task));
  }
}
