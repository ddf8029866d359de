package uk.school.socialmedia.platform.web;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** A fault of the server's own code, which no caller could have avoided. */
public class BuggyListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    throw new IllegalStateException("a fault in the server's own code");
  }
}
