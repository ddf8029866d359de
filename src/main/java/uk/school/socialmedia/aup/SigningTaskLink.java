package uk.school.socialmedia.aup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import uk.school.socialmedia.notification.TasklistLinks;

/** The Tasklist link to an instance's open signing task (or Tasklist itself if there is none). */
final class SigningTaskLink {

  static final String TASK_ID = "Task_SignAup";

  private SigningTaskLink() {}

  static String of(DelegateExecution execution, TasklistLinks links) {
    Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TASK_ID)
        .singleResult();
    return task == null ? links.tasklist() : links.task(task.getId());
  }
}
