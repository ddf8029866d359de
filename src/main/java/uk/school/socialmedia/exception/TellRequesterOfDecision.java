package uk.school.socialmedia.exception;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.notification.Notice;

/**
 * Tells the requester the Head's (or chair's) decision with its reasons: an approval with its
 * conditions and end date; a refused renewal with the date the exception still ends on.
 */
@Component("tellRequesterOfDecision")
class TellRequesterOfDecision implements JavaDelegate {

  private final ExceptionRequester requester;

  TellRequesterOfDecision(ExceptionRequester requester) {
    this.requester = requester;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reasons = Notice.excerpt(execution.getVariable(ExceptionVariables.DECISION_RATIONALE));
    if ("APPROVE".equals(execution.getVariable(ExceptionVariables.DECISION))) {
      requester.tell(execution, "Your account exception is approved",
          "Your exception to the personal-account rules is approved until "
              + execution.getVariable(ExceptionVariables.END_DATE) + ".\n\nConditions: "
              + Notice.excerpt(execution.getVariable(ExceptionVariables.CONDITIONS))
              + "\n\nReasons: " + reasons
              + "\n\nYou will be asked to review it before it ends.");
    } else if (Boolean.TRUE.equals(execution.getVariable(ExceptionVariables.RENEWAL))) {
      requester.tell(execution, "The renewal of your account exception is refused",
          "Your exception to the personal-account rules is not renewed: it ends on "
              + execution.getVariable(ExceptionVariables.END_DATE) + ".\n\nReasons: " + reasons);
    } else {
      requester.tell(execution, "Your account exception is refused",
          "Your request for an exception to the personal-account rules is refused: do not use "
              + "personal accounts for this contact.\n\nReasons: " + reasons);
    }
  }
}
