package uk.school.socialmedia.consent;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;

/** No written answer yet: the office sends the parents a reminder. */
@Component("sendConsentReminder")
class SendConsentReminder implements JavaDelegate {

  private final NotificationService notifications;
  private final TasklistLinks links;

  SendConsentReminder(NotificationService notifications, TasklistLinks links) {
    this.notifications = notifications;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(ConsentVariables.LEARNER);
    notifications.notifyGroups(List.of(SchoolGroup.OFFICE.id()), new Notice(
        "Reminder: no consent form back yet for " + reference,
        "The parents or carers of learner " + reference + " have not returned the consent form. "
            + "Please send them a reminder with a copy of the form. Until they answer, the "
            + "learner's image is not used.",
        links.tasklist(), execution.getProcessInstanceId()));
  }
}
