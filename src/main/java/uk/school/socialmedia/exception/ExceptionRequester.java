package uk.school.socialmedia.exception;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/**
 * Tells the member of staff who asked for an exception what happened to it. Notices carry no
 * details of the learner or family: the requester reads them in Tasklist.
 */
@Component
class ExceptionRequester {

  private final NotificationService notifications;
  private final TasklistLinks links;

  ExceptionRequester(NotificationService notifications, TasklistLinks links) {
    this.notifications = notifications;
    this.links = links;
  }

  void tell(DelegateExecution execution, String subject, String body) {
    String requester = (String) execution.getVariable(RejectSelfApproval.INITIATOR);
    notifications.notifyUsers(List.of(requester),
        new Notice(subject, body, links.tasklist(), execution.getProcessInstanceId()));
  }
}
