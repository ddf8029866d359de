package uk.school.socialmedia.platform.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener for a process that is only ever called by another (a call activity). Its users
 * need the right to start it, because the call runs as them; this stops the same right from
 * starting it on its own over REST, outside the process that gives it meaning.
 */
@Component("refuseDirectStart")
public class RefuseDirectStart implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getProcessInstance().getSuperExecution() == null) {
      throw new RuleViolation("This step is part of a larger process and cannot be started on"
          + " its own.");
    }
  }
}
