package uk.school.socialmedia.consent;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives one takedown task what its account manager needs to see: the post, its channel and
 * where it is (local variables, so each task shows its own).
 */
@Component("loadTakedownDetails")
class LoadTakedownDetails implements ExecutionListener {

  private final ConsentTakedowns takedowns;

  LoadTakedownDetails(ConsentTakedowns takedowns) {
    this.takedowns = takedowns;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Takedown takedown = takedowns.get((String) execution.getVariable(ConsentVariables.TAKEDOWN_ID));
    execution.setVariableLocal(ConsentVariables.POST_ID, takedown.getPostId());
    execution.setVariableLocal(ConsentVariables.CHANNEL_NAME, takedown.getChannelName());
    execution.setVariableLocal(ConsentVariables.POST_URL, takedown.getUrl());
    execution.setVariableLocal(ConsentVariables.TAKEDOWN_DUE, Date.from(takedown.getDueAt()));
  }
}
