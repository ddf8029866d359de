package uk.school.socialmedia.concern;

import static uk.school.socialmedia.concern.ConcernVariables.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;

/**
 * Alerts groups that a concern needs their attention, with no details (only a link behind the
 * usual sign-in). The groups in the input {@code alertGroups} are also offered the waiting step and
 * every later one (they join the handlers); those in the optional {@code informGroups} are only
 * told. Only groups that can read the record ({@code readers}) are ever alerted.
 */
@Component("alertConcernGroups")
class AlertConcernGroups implements JavaDelegate {

  private static final Set<String> FINISHED = Set.of("Completed", "Deleted");

  private final TaskService tasks;
  private final NotificationService notifications;
  private final TasklistLinks links;

  AlertConcernGroups(TaskService tasks, NotificationService notifications, TasklistLinks links) {
    this.tasks = tasks;
    this.notifications = notifications;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> readers = Groups.parse(execution.getVariable(READERS));
    Set<String> offered = new LinkedHashSet<>(Groups.parse(execution.getVariableLocal(ALERT_GROUPS)));
    offered.retainAll(readers);
    Set<String> told = new LinkedHashSet<>(Groups.parse(execution.getVariableLocal(INFORM_GROUPS)));
    told.addAll(offered);
    told.retainAll(readers);

    Set<String> handlers = new LinkedHashSet<>(Groups.parse(execution.getVariable(HANDLERS)));
    handlers.addAll(offered);
    execution.setVariable(HANDLERS, Groups.join(handlers));

    // a step completed in this same call (the reporter's description) is no longer waiting
    List<Task> waiting = tasks.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).list().stream()
        .filter(task -> !FINISHED.contains(task.getTaskState())).toList();
    for (Task task : waiting) {
      Set<String> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
          .map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
      offered.stream().filter(group -> !candidates.contains(group))
          .forEach(group -> tasks.addCandidateGroup(task.getId(), group));
    }
    String link = waiting.size() == 1 ? links.task(waiting.get(0).getId()) : links.tasklist();
    notifications.notifyGroups(told, new Notice("A concern needs your attention",
        "A safeguarding record needs your attention. Please open it in Tasklist; for "
            + "confidentiality this message contains no details.",
        link, execution.getProcessInstanceId()));
  }
}
