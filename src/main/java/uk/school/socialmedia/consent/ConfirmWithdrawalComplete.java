package uk.school.socialmedia.consent;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;

/** The office can now confirm to the parents that the withdrawal has been acted on. */
@Component("confirmWithdrawalComplete")
class ConfirmWithdrawalComplete implements JavaDelegate {

  private final NotificationService notifications;

  ConfirmWithdrawalComplete(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(ConsentVariables.LEARNER);
    notifications.notifyGroups(List.of(SchoolGroup.OFFICE.id()), new Notice(
        "Consent withdrawal completed for " + reference,
        "The consent register for learner " + reference + " shows the withdrawal, and "
            + execution.getVariable(ConsentVariables.PUBLISHED_IMAGES_FOUND) + " published "
            + "image(s) have been taken down. You can confirm this to the parents or carers.",
        null, execution.getProcessInstanceId()));
  }
}
