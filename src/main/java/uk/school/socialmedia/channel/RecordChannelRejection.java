package uk.school.socialmedia.channel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A proposal the Business Manager rejected: REJECTED in the register, the proposer told why. */
@Component("recordChannelRejection")
class RecordChannelRejection implements JavaDelegate {

  private final ChannelLifecycle lifecycle;
  private final ChannelNotices notices;

  RecordChannelRejection(ChannelLifecycle lifecycle, ChannelNotices notices) {
    this.lifecycle = lifecycle;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.reject((Long) execution.getVariable(ChannelVariables.CHANNEL_ID),
        (String) execution.getVariable(ChannelVariables.APPROVAL_DECIDED_BY),
        (String) execution.getVariable(ChannelVariables.APPROVAL_RATIONALE));
    notices.rejected(execution);
  }
}
