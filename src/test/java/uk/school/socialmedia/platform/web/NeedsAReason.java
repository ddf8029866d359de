package uk.school.socialmedia.platform.web;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.school.socialmedia.platform.process.RuleViolation;

/** A policy rule as the product's listeners write them, for a stand-in process. */
public class NeedsAReason implements ExecutionListener, TaskListener {

  static final String NO_SUBJECT = "Please say what this is about.";
  static final String NO_REASON = "Please give a reason.";

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable("subject") == null) {
      throw new RuleViolation(NO_SUBJECT);
    }
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getVariable("reason") == null) {
      throw new RuleViolation(NO_REASON);
    }
  }
}
