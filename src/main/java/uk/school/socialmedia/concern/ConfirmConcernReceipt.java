package uk.school.socialmedia.concern;

import static uk.school.socialmedia.concern.ConcernVariables.REFERENCE;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/** Tells the reporter that the report arrived, with its reference: never how it is handled. */
@Component("confirmConcernReceipt")
class ConfirmConcernReceipt implements JavaDelegate {

  private final NotificationService notifications;

  ConfirmConcernReceipt(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(REFERENCE);
    notifications.notifyUsers(List.of((String) execution.getVariable(RejectSelfApproval.INITIATOR)),
        new Notice("Your report " + reference + " has been received",
            "Thank you. Your report " + reference + " has reached the people who handle "
                + "safeguarding. For confidentiality you will not be told how it is handled. If you "
                + "learn anything more, report it again and quote this reference.",
            null, execution.getProcessInstanceId()));
  }
}
