package uk.school.socialmedia.exception;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.notification.Notice;

/** The DSL, deputy or Head revoked the exception: the register says so, the requester is told. */
@Component("recordRevocation")
class RecordRevocation implements JavaDelegate {

  private final ExceptionRegister register;
  private final ExceptionRequester requester;

  RecordRevocation(ExceptionRegister register, ExceptionRequester requester) {
    this.register = register;
    this.requester = requester;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = (String) execution.getVariable(ExceptionVariables.REVOCATION_REASON);
    register.end(execution.getProcessInstanceId(), ExceptionStatus.REVOKED,
        (String) execution.getVariable(ExceptionVariables.REVOKED_BY), reason);
    requester.tell(execution, "Your account exception has been revoked",
        "Your exception to the personal-account rules has been revoked and ends now: no more "
            + "contact through personal accounts.\n\nReason: " + Notice.excerpt(reason));
  }
}
