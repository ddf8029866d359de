package uk.school.socialmedia.exception;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;

/** The decision has waited too long: reminds the Head, or the chair for the Head's own request. */
@Component("remindExceptionApprover")
class RemindExceptionApprover implements JavaDelegate {

  private final NotificationService notifications;
  private final TasklistLinks links;

  RemindExceptionApprover(NotificationService notifications, TasklistLinks links) {
    this.notifications = notifications;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean byHead =
        Boolean.TRUE.equals(execution.getVariable(ExceptionVariables.REQUESTED_BY_HEAD));
    String group = byHead ? SchoolGroup.CHAIR_OF_GOVERNORS.id() : SchoolGroup.HEAD.id();
    notifications.notifyGroups(List.of(group), new Notice(
        "Reminder: an account exception is waiting for your decision",
        "A request for an exception to the personal-account rules has been discussed with the "
            + "DSL and is waiting for your decision. Please open Tasklist.",
        links.tasklist(), execution.getProcessInstanceId()));
  }
}
