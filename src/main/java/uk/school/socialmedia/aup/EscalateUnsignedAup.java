package uk.school.socialmedia.aup;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;

/**
 * Tells the signer's line manager (from the staff directory) that the AUP is still unsigned, or
 * the senior leadership team when the directory names no line manager.
 */
@Component("escalateUnsignedAup")
class EscalateUnsignedAup implements JavaDelegate {

  private final StaffDirectory directory;
  private final NotificationService notifications;

  EscalateUnsignedAup(StaffDirectory directory, NotificationService notifications) {
    this.directory = directory;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String signer = (String) execution.getVariable(AupVariables.SIGNER);
    Notice notice = new Notice("Social media AUP not yet signed",
        execution.getVariable(AupVariables.SIGNER_NAME) + " has not yet signed version "
            + execution.getVariable(AupVariables.VERSION_NUMBER) + " of the social media "
            + "acceptable use policy. Until they do, they cannot take part in the school's "
            + "official social media. Please follow this up with them.",
        null, execution.getProcessInstanceId());
    directory.lineManagerOf(signer).ifPresentOrElse(
        manager -> {
          execution.setVariable(AupVariables.ESCALATED_TO, manager);
          notifications.notifyUsers(List.of(manager), notice);
        },
        () -> {
          execution.setVariable(AupVariables.ESCALATED_TO, SchoolGroup.SLT.id());
          notifications.notifyGroups(List.of(SchoolGroup.SLT.id()), notice);
        });
  }
}
