package uk.school.socialmedia.consent;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a takedown task is created, the takedown records the task's id: completing the task then
 * acts on that takedown, found by the engine's own id and never by a variable a caller could send.
 */
@Component("linkTakedownToTask")
class LinkTakedownToTask implements TaskListener {

  private final ConsentTakedowns takedowns;

  LinkTakedownToTask(ConsentTakedowns takedowns) {
    this.takedowns = takedowns;
  }

  @Override
  public void notify(DelegateTask task) {
    // set by the engine for this instance of the multi-instance task; nothing is submitted yet
    takedowns.linkToTask((String) task.getVariable(ConsentVariables.TAKEDOWN_ID), task.getId());
  }
}
