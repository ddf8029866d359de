package uk.school.socialmedia.platform.web;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * While a task is being completed, someone else changes the same variable and commits first:
 * the completion then meets Camunda's optimistic locking, as two people at once would.
 */
public class ChangedMeanwhile implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    var runtime = task.getProcessEngineServices().getRuntimeService();
    Thread someoneElse = new Thread(() ->
        runtime.setVariable(task.getProcessInstanceId(), "note", "changed meanwhile"));
    someoneElse.start();
    try {
      someoneElse.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
