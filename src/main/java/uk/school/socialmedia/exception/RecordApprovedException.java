package uk.school.socialmedia.exception;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/**
 * Puts an approved exception (or its renewal) in the register and sets {@code endDate}, from
 * which the review and expiry timers are drawn.
 */
@Component("recordApprovedException")
class RecordApprovedException implements JavaDelegate {

  private final ExceptionRegister register;

  RecordApprovedException(ExceptionRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate endDate = LocalDate.parse(FormRules.text(execution, "approvedUntil"));
    ExceptionRecord record = register.recordApproval(
        execution.getProcessInstanceId(),
        (String) execution.getVariable(RejectSelfApproval.INITIATOR),
        ExceptionKind.valueOf((String) execution.getVariable(ExceptionVariables.KIND)),
        ConcernedPerson.valueOf((String) execution.getVariable(ExceptionVariables.CONCERNS_ROLE)),
        FormRules.text(execution, "concernsReference"),
        FormRules.text(execution, ExceptionVariables.CONDITIONS),
        endDate,
        (String) execution.getVariable(ExceptionVariables.DECIDED_BY));
    execution.setVariable(ExceptionVariables.EXCEPTION_ID, record.getId());
    execution.setVariable(ExceptionVariables.END_DATE, endDate.toString());
  }
}
