package uk.school.socialmedia.aup;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;

/** Reminds the signer that the AUP is still waiting for their signature. */
@Component("remindAupSigner")
class RemindAupSigner implements JavaDelegate {

  private final NotificationService notifications;
  private final TasklistLinks links;

  RemindAupSigner(NotificationService notifications, TasklistLinks links) {
    this.notifications = notifications;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object version = execution.getVariable(AupVariables.VERSION_NUMBER);
    notifications.notifyUsers(List.of((String) execution.getVariable(AupVariables.SIGNER)),
        new Notice("Reminder: please sign the social media AUP",
            "Version " + version + " of the social media acceptable use policy is still waiting "
                + "for your signature. Open 'Read and sign the social media AUP' in My tasks.",
            SigningTaskLink.of(execution, links), execution.getProcessInstanceId()));
  }
}
