package uk.school.socialmedia.concern;

import static uk.school.socialmedia.concern.ConcernVariables.SOURCE;
import static uk.school.socialmedia.concern.ConcernVariables.SOURCE_REFERENCE;
import static uk.school.socialmedia.concern.ConcernVariables.TELL_GROUPS;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.concern.ConcernReport.Source;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;
import uk.school.socialmedia.platform.process.Initiators;

/**
 * The clocks of a concern raised elsewhere that its reporter has not described yet (called from
 * the diagram's timers). A raised concern never depends on the description: first the reporter is
 * reminded, then the groups named in the diagram's input {@code tellGroups} are told that it
 * exists, with the reference of where it was raised (e.g. the post) and no details, so that they
 * can speak to whoever raised it.
 */
@Component("concernDescriptionNotices")
public class ConcernDescriptionNotices {

  private final NotificationService notifications;
  private final TaskService tasks;
  private final TasklistLinks links;
  private final Initiators initiators;

  ConcernDescriptionNotices(NotificationService notifications, TaskService tasks,
      TasklistLinks links, Initiators initiators) {
    this.notifications = notifications;
    this.tasks = tasks;
    this.links = links;
    this.initiators = initiators;
  }

  public void remindReporter(DelegateExecution execution) {
    Task describe = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("Task_DescribeConcern").singleResult();
    notifications.notifyUsers(List.of(initiators.of(execution)), new Notice(
        "Please describe the safeguarding concern you raised",
        "You raised a safeguarding concern and stopped the work it was about, but you have not"
            + " described it yet. Please do it now in Tasklist (\"Describe the concern\"): only the"
            + " people who handle safeguarding will read it. If anyone is in immediate danger,"
            + " call 999 and tell the DSL in person.",
        describe == null ? links.tasklist() : links.task(describe.getId()),
        execution.getProcessInstanceId()));
  }

  public void alertUndescribed(DelegateExecution execution) {
    String where = switch (Source.valueOf((String) execution.getVariable(SOURCE))) {
      case POST_REVIEW -> "the review of the post";
      case CHANNEL_REVIEW -> "the review of the channel";
      case ACCOUNT_EXCEPTION -> "the account-exception request";
      case CONSENT -> "the consent record";
      case STAFF_REPORT -> "the report";
    };
    notifications.notifyGroups(Groups.parse(execution.getVariableLocal(TELL_GROUPS)), new Notice(
        "A safeguarding concern was raised but not yet described",
        "A colleague stopped " + where + " with reference " + execution.getVariable(SOURCE_REFERENCE)
            + " by raising a safeguarding concern, and has not described it yet. They have been"
            + " reminded. Please find out from that record who raised it and speak to them. For"
            + " confidentiality this message contains no details.",
        null, execution.getProcessInstanceId()));
  }
}
