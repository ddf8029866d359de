package uk.school.socialmedia.exception;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A request about a former learner is not sent for approval: policy 1.2 already answers it.
 * The answer is recorded with the request (process history) and the requester is told.
 */
@Component("answerFormerLearnerRequest")
class AnswerFormerLearnerRequest implements JavaDelegate {

  static final String POLICY_ANSWER = "Ongoing contact with learners who have left the school "
      + "uses the school's official communication tools, not personal social media accounts "
      + "(social media policy 1.2). No exception can be approved for this; please ask the school "
      + "office or the DSL which official tool to use.";

  private final ExceptionRequester requester;

  AnswerFormerLearnerRequest(ExceptionRequester requester) {
    this.requester = requester;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ExceptionVariables.POLICY_ANSWER, POLICY_ANSWER);
    requester.tell(execution, "Your request about a former learner", POLICY_ANSWER);
  }
}
