package uk.school.socialmedia.channel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes an approval to the register: who approved, when, at which risk rating. After an annual
 * review the channel is also active again (if it had been suspended) and its next review is set.
 */
@Component("recordChannelApproval")
class RecordChannelApproval implements JavaDelegate {

  private final ChannelLifecycle lifecycle;

  RecordChannelApproval(ChannelLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long channelId = (Long) execution.getVariable(ChannelVariables.CHANNEL_ID);
    String approver = (String) execution.getVariable(ChannelVariables.APPROVAL_DECIDED_BY);
    RiskRating rating =
        RiskRating.valueOf((String) execution.getVariable(ChannelVariables.RISK_RATING));
    if (Boolean.TRUE.equals(execution.getVariable(ChannelVariables.ANNUAL_REVIEW_OPEN))) {
      lifecycle.reapprove(channelId, approver, rating);
      execution.setVariable(ChannelVariables.ANNUAL_REVIEW_OPEN, false);
    } else {
      lifecycle.approve(channelId, approver, rating);
    }
  }
}
