package uk.school.socialmedia.exception;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/** The requester no longer needs the exception: it ends now, with their reason. */
@Component("closeException")
class CloseException implements JavaDelegate {

  private final ExceptionRegister register;

  CloseException(ExceptionRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.end(execution.getProcessInstanceId(), ExceptionStatus.CLOSED,
        (String) execution.getVariable(RejectSelfApproval.INITIATOR),
        FormRules.text(execution, "reviewNotes"));
  }
}
