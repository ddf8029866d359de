package uk.school.socialmedia.concern;

import static uk.school.socialmedia.concern.ConcernVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.concern.ConcernReport.AccountType;
import uk.school.socialmedia.concern.ConcernReport.Kind;
import uk.school.socialmedia.concern.ConcernReport.Source;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.platform.process.FormRules;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/**
 * Checks a report before anything is recorded (start event), then gives it its reference, which
 * is also the business key: the one thing the reporter is told. A concern raised elsewhere (at
 * "Concern raised elsewhere") is described by its reporter in its first step instead, and the
 * same checks run when that step is completed.
 */
@Component("validateConcernReport")
class ValidateConcernReport implements ExecutionListener, TaskListener {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Clock clock;

  ValidateConcernReport(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable(SOURCE) == null) {
      execution.setVariable(SOURCE, Source.STAFF_REPORT.name());
    }
    boolean fromAnotherProcess = !Source.STAFF_REPORT.name().equals(execution.getVariable(SOURCE));
    boolean describedNext = RAISED_ELSEWHERE_START.equals(execution.getCurrentActivityId());
    FormRules rules = FormRules.of(execution)
        .require(execution.getVariable(RejectSelfApproval.INITIATOR) != null,
            "A concern must be reported by a signed-in member of staff.")
        .requireOneOf(SOURCE, names(Source.values()), "where the report comes from")
        .require(!fromAnotherProcess || FormRules.text(execution, SOURCE_REFERENCE) != null,
            "Please give the reference of what the concern was raised from.")
        .require(!describedNext || fromAnotherProcess,
            "A concern raised elsewhere must say where it was raised.");
    if (!describedNext) {
      description(rules, execution);
    }
    rules.check();

    LocalDate today = LocalDate.now(clock);
    String reference = "SC-" + DAY.format(today) + "-"
        + execution.getProcessInstanceId().replace("-", "").substring(0, 6).toUpperCase();
    execution.setProcessBusinessKey(reference);
    execution.setVariable(REFERENCE, reference);
  }

  /** "Describe the concern": the reporter's own account of a concern raised elsewhere. */
  @Override
  public void notify(DelegateTask task) {
    description(FormRules.of(task), task).check();
  }

  private FormRules description(FormRules rules, VariableScope report) {
    LocalDate when = ConcernSteps.date(report, WHEN_IT_HAPPENED);
    rules.requireOneOf(KIND_OF_REPORT, names(Kind.values()), "what you are reporting")
        .requireOneOf(ABOUT_WHOM, names(Subject.values()), "who it concerns")
        .requireBoolean(IMMEDIATE_RISK, "whether someone is at immediate risk of harm")
        .requireText(WHAT_HAPPENED, "what happened")
        .limitText(WHAT_HAPPENED, "what happened", NARRATIVE_LENGTH)
        .require(when != null && !when.isAfter(LocalDate.now(clock)),
            "Please give the date it happened or was seen (not a future date).")
        .requireText(PLATFORM, "where it happened")
        .limitText(PLATFORM, "where it happened", SHORT_TEXT_LENGTH)
        .requireOneOf(ACCOUNT_TYPE, names(AccountType.values()), "the kind of account")
        .requireText(ACTION_ALREADY_TAKEN, "what you have already done (\"nothing yet\" is fine)")
        .limitText(ACTION_ALREADY_TAKEN, "what you have already done", NARRATIVE_LENGTH);
    return rules;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
