package uk.school.socialmedia.consent;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;

/**
 * An image is still up after its due date: every unfinished takedown task is also offered to the
 * DSL, who is told (a link only, no learner details).
 */
@Component("escalateTakedownsToDsl")
class EscalateTakedownsToDsl implements JavaDelegate {

  static final String TAKEDOWN_TASK = "Task_TakeDownImage";

  private final TaskService tasks;
  private final NotificationService notifications;
  private final TasklistLinks links;

  EscalateTakedownsToDsl(TaskService tasks, NotificationService notifications,
      TasklistLinks links) {
    this.tasks = tasks;
    this.notifications = notifications;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Task> open = tasks.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TAKEDOWN_TASK).list();
    for (Task task : open) {
      tasks.addCandidateGroup(task.getId(), SchoolGroup.DSL.id());
      notifications.notifyGroups(List.of(SchoolGroup.DSL.id()), new Notice(
          "Overdue: an image must be taken down",
          "Consent to show a learner was withdrawn and an image of them is still published "
              + "after its due date. Please make sure it is removed today.",
          links.task(task.getId()), execution.getProcessInstanceId()));
    }
  }
}
