package uk.school.socialmedia.post;

import static uk.school.socialmedia.post.PostVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The published post enters the register: where, when, and by whom. */
@Component("recordPublication")
class RecordPublication implements JavaDelegate {

  private final PostRegister register;

  RecordPublication(PostRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.publish(execution.getProcessInstanceId(), (String) execution.getVariable(PUBLISHED_BY),
        ((String) execution.getVariable(PUBLISHED_URL)).trim());
    execution.setVariable(PUBLISHED, true);
  }
}
