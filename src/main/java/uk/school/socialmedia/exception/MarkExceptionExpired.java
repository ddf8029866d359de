package uk.school.socialmedia.exception;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The end date has passed without a renewal: the register says so and the requester is told. */
@Component("markExceptionExpired")
class MarkExceptionExpired implements JavaDelegate {

  private final ExceptionRegister register;
  private final ExceptionRequester requester;

  MarkExceptionExpired(ExceptionRegister register, ExceptionRequester requester) {
    this.register = register;
    this.requester = requester;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.end(execution.getProcessInstanceId(), ExceptionStatus.EXPIRED, null,
        "End date reached");
    requester.tell(execution, "Your account exception has ended",
        "Your exception to the personal-account rules ended on "
            + execution.getVariable(ExceptionVariables.END_DATE)
            + ". From now on the usual rules apply: no contact through personal accounts.");
  }
}
