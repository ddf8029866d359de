package uk.school.socialmedia.exception;

import uk.school.socialmedia.platform.process.CurrentUser;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * The Head's (or chair's) decision, checked on the server: approve or refuse, always with
 * reasons; an approval also needs conditions and an end date from tomorrow up to the school's
 * longest period. Who may decide is the task's candidate group and the four-eyes listener.
 */
@Component("validateExceptionDecision")
class ValidateExceptionDecision implements TaskListener {

  private final ExceptionSchedule schedule;
  private final CurrentUser currentUser;

  ValidateExceptionDecision(ExceptionSchedule schedule, CurrentUser currentUser) {
    this.schedule = schedule;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules rules = FormRules.of(task)
        .requireOneOf(ExceptionVariables.DECISION, List.of("APPROVE", "REFUSE"), "your decision")
        .requireText(ExceptionVariables.DECISION_RATIONALE, "the reasons for your decision")
        .limitText(ExceptionVariables.DECISION_RATIONALE, "the reasons for your decision",
            ValidateExceptionRequest.TEXT_LENGTH)
        .limitText(ExceptionVariables.CONDITIONS, "the text of the conditions",
            ValidateExceptionRequest.TEXT_LENGTH);
    if ("APPROVE".equals(task.getVariable(ExceptionVariables.DECISION))) {
      LocalDate latest = schedule.latestEndDate();
      rules.requireText(ExceptionVariables.CONDITIONS, "the conditions of the exception")
          .require("approvedUntil", String.class, date -> isBetween(date, latest),
              "Please give the end date of the exception, from tomorrow to " + latest + ".");
    }
    rules.check();
    task.getExecution().setVariable(ExceptionVariables.DECIDED_BY, currentUser.completing(task));
  }

  private boolean isBetween(String date, LocalDate latest) {
    try {
      LocalDate end = LocalDate.parse(date.trim());
      return end.isAfter(schedule.today()) && !end.isAfter(latest);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
