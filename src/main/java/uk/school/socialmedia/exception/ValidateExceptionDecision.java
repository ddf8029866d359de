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

  private final ExceptionSettings settings;
  private final CurrentUser currentUser;

  ValidateExceptionDecision(ExceptionSettings settings, CurrentUser currentUser) {
    this.settings = settings;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules rules = FormRules.of(task)
        .requireOneOf("decision", List.of("APPROVE", "REFUSE"), "your decision")
        .requireText("decisionRationale", "the reasons for your decision")
        .limitText("decisionRationale", "the reasons for your decision",
            ValidateExceptionRequest.TEXT_LENGTH)
        .limitText("conditions", "the text of the conditions",
            ValidateExceptionRequest.TEXT_LENGTH);
    if ("APPROVE".equals(task.getVariable("decision"))) {
      LocalDate latest = settings.latestEndDate();
      rules.requireText("conditions", "the conditions of the exception")
          .require("approvedUntil", String.class, date -> isBetween(date, latest),
              "Please give the end date of the exception, from tomorrow to " + latest + ".");
    }
    rules.check();
    task.getExecution().setVariable("decidedBy", currentUser.completing(task));
  }

  private boolean isBetween(String date, LocalDate latest) {
    try {
      LocalDate end = LocalDate.parse(date.trim());
      return end.isAfter(settings.today()) && !end.isAfter(latest);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
