package uk.school.socialmedia.exception;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * The requester's review before the end date: renew (with how many more months) or close, with
 * the reason either way. A renewal is discussed and decided again like a new request.
 */
@Component("validateExceptionReview")
class ValidateExceptionReview implements TaskListener {

  private final ExceptionSchedule schedule;

  ValidateExceptionReview(ExceptionSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules rules = FormRules.of(task)
        .requireOneOf(ExceptionVariables.REVIEW_OUTCOME, List.of("RENEW", "CLOSE"),
            "whether to renew or close it")
        .requireText("reviewNotes", "why")
        .limitText("reviewNotes", "your reasons", ValidateExceptionRequest.TEXT_LENGTH);
    boolean renew = "RENEW".equals(task.getVariable(ExceptionVariables.REVIEW_OUTCOME));
    if (renew) {
      rules.requireNumberBetween("requestedMonths", 1, schedule.longestMonths(),
          "for how many more months");
    }
    rules.check();
    task.getExecution().setVariable(ExceptionVariables.RENEWAL, renew);
  }
}
