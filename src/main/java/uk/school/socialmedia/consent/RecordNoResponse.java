package uk.school.socialmedia.consent;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;

/**
 * The deadline passed without a written answer: the learner has no consent (the register shows
 * none), the outcome is recorded and the office is told; a new request can be started at any time.
 */
@Component("recordNoResponse")
class RecordNoResponse implements JavaDelegate {

  private final NotificationService notifications;

  RecordNoResponse(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(ConsentVariables.LEARNER);
    execution.setVariable(ConsentVariables.OUTCOME, "NO_RESPONSE");
    notifications.notifyGroups(List.of(SchoolGroup.OFFICE.id()), new Notice(
        "No consent form returned for " + reference,
        "The parents or carers of learner " + reference + " did not return the consent form in "
            + "time. The learner has no consent: their image must not be used. Start a new "
            + "consent request if the parents get in touch.",
        null, execution.getProcessInstanceId()));
  }
}
