package uk.school.socialmedia.concern;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** What the concern's step listeners share: reading form dates, and recording who decided why. */
final class ConcernSteps {

  private ConcernSteps() {}

  /** A date as form-js submits it ("2026-11-25"); null when absent or not a date. */
  static LocalDate date(VariableScope variables, String name) {
    if (!(variables.getVariable(name) instanceof String text) || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Records who completed the step in {@code variable} (the assignee, or the signed-in user when a
   * REST caller completes an unclaimed task), so the chronology names them.
   */
  static void recordActor(DelegateTask task, IdentityService identity, String variable) {
    Authentication current = identity.getCurrentAuthentication();
    String actor = task.getAssignee() != null ? task.getAssignee()
        : current == null ? null : current.getUserId();
    task.getExecution().setVariable(variable, actor);
  }

  /** A comment on the task with the decision and its reasons, readable beside the task history. */
  static void comment(DelegateTask task, String text) {
    task.getProcessEngineServices().getTaskService()
        .createComment(task.getId(), task.getProcessInstanceId(), text);
  }
}
