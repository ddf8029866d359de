package uk.school.socialmedia.consent;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;

/**
 * Parents have no accounts: the office is asked to print or e-mail the consent form to them.
 * The notice names the learner by school reference only.
 */
@Component("sendConsentRequest")
class SendConsentRequest implements JavaDelegate {

  private final NotificationService notifications;
  private final TasklistLinks links;

  SendConsentRequest(NotificationService notifications, TasklistLinks links) {
    this.notifications = notifications;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(ConsentVariables.LEARNER);
    boolean renewal = execution.getVariable(ConsentVariables.RENEWAL_OF) != null;
    notifications.notifyGroups(List.of(SchoolGroup.OFFICE.id()), new Notice(
        (renewal ? "Renew parental consent for " : "Ask for parental consent for ") + reference,
        "Please send the parental consent form for learner " + reference + " to their parents "
            + "or carers (printed or by e-mail). It asks separately about: " + purposes() + ".\n"
            + "When the signed form comes back, record the answer in Tasklist: 'Record the "
            + "parents' written answer'.",
        links.tasklist(), execution.getProcessInstanceId()));
  }

  static String purposes() {
    return Arrays.stream(ConsentPurpose.values()).map(ConsentPurpose::description)
        .collect(Collectors.joining("; "));
  }
}
