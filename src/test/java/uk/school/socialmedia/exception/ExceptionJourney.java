package uk.school.socialmedia.exception;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.school.socialmedia.testsupport.Actors;

/** The steps people take in an account-exception request, each as the signed-in user. */
final class ExceptionJourney {

  static final String KEY = "account-exception";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final Actors actors;

  ExceptionJourney(RuntimeService runtime, TaskService tasks, ManagementService management,
      Actors actors) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.actors = actors;
  }

  static Map<String, Object> request(String concernsRole) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("kind", "PRE_EXISTING_RELATIONSHIP");
    variables.put("concernsRole", concernsRole);
    variables.put("concernsReference", "A1042");
    variables.put("reason", "The learner is my niece.");
    variables.put("safeguards", "No school matters online; my line manager knows.");
    variables.put("requestedMonths", 6);
    return variables;
  }

  ProcessInstance start(String requester, Map<String, Object> variables) {
    return actors.as(requester, () -> runtime.startProcessInstanceByKey(KEY, variables));
  }

  ProcessInstance start(String requester) {
    return start(requester, request("CURRENT_LEARNER"));
  }

  Task task(ProcessInstance instance, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }

  void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> form) {
    String taskId = task(instance, taskKey).getId();
    actors.as(user, () -> {
      tasks.claim(taskId, user);
      tasks.complete(taskId, form);
    });
  }

  void discuss(String lead, ProcessInstance instance, String recommendation) {
    complete(lead, instance, "Task_DiscussRequest", Map.of(
        "discussionOutcome", "Discussed with the member of staff; boundaries agreed.",
        "recommendation", recommendation,
        "recommendationRationale", "Family relationship that predates employment."));
  }

  void approve(String approver, ProcessInstance instance, String taskKey, LocalDate until) {
    complete(approver, instance, taskKey, Map.of(
        "decision", "APPROVE",
        "conditions", "No messages about school; report any school-related contact to the DSL.",
        "approvedUntil", until.toString(),
        "decisionRationale", "Pre-existing family relationship; safeguards are sufficient."));
  }

  void refuse(String approver, ProcessInstance instance, String taskKey) {
    complete(approver, instance, taskKey, Map.of(
        "decision", "REFUSE",
        "decisionRationale", "Contact can go through the school office."));
  }

  void review(ProcessInstance instance, String outcome) {
    Task review = task(instance, "Task_ReviewException");
    Map<String, Object> form = new HashMap<>(Map.of("reviewOutcome", outcome,
        "reviewNotes", "RENEW".equals(outcome) ? "Still family." : "No longer needed."));
    if ("RENEW".equals(outcome)) {
      form.put("requestedMonths", 6);
    }
    actors.as(review.getAssignee(), () -> tasks.complete(review.getId(), form));
  }

  /** Moves the engine's clock to the timer's due date and runs it. */
  void runTimer(ProcessInstance instance, String timerId) {
    Job job = management.createJobQuery().processInstanceId(instance.getId())
        .activityId(timerId).singleResult();
    ClockUtil.setCurrentTime(job.getDuedate());
    management.executeJob(job.getId());
  }

  Job timer(ProcessInstance instance, String timerId) {
    return management.createJobQuery().processInstanceId(instance.getId())
        .activityId(timerId).singleResult();
  }
}
