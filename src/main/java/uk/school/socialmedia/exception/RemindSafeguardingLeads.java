package uk.school.socialmedia.exception;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/** The discussion has waited too long: reminds the DSL and deputy (not the requester). */
@Component("remindSafeguardingLeads")
class RemindSafeguardingLeads implements JavaDelegate {

  private final NotificationService notifications;
  private final IdentityService identity;
  private final TasklistLinks links;

  RemindSafeguardingLeads(NotificationService notifications, IdentityService identity,
      TasklistLinks links) {
    this.notifications = notifications;
    this.identity = identity;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object requester = execution.getVariable(RejectSelfApproval.INITIATOR);
    List<String> leads = identity.createUserQuery()
        .memberOfGroup(SchoolGroup.DSL.id()).list().stream().map(User::getId).toList();
    List<String> deputies = identity.createUserQuery()
        .memberOfGroup(SchoolGroup.DDSL.id()).list().stream().map(User::getId).toList();
    List<String> recipients = Stream.concat(leads.stream(), deputies.stream())
        .filter(user -> !Objects.equals(user, requester)).toList();
    notifications.notifyUsers(recipients, new Notice(
        "Reminder: a request for an account exception is waiting for discussion",
        "A member of staff's request for an exception to the personal-account rules is waiting "
            + "to be discussed. Please open Tasklist.",
        links.tasklist(), execution.getProcessInstanceId()));
  }
}
