package uk.school.socialmedia.channel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/**
 * Puts a new proposal in the channel register as PROPOSED (and names the process after it), or
 * takes a revised proposal's description.
 */
@Component("recordChannelProposal")
class RecordChannelProposal implements JavaDelegate {


  private final ChannelLifecycle lifecycle;

  RecordChannelProposal(ChannelLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChannelProposal proposal = ChannelProposal.from(execution);
    Long channelId = (Long) execution.getVariable(ChannelVariables.CHANNEL_ID);
    if (channelId != null) {
      lifecycle.revise(channelId, proposal);
      return;
    }
    Channel channel = lifecycle.propose(proposal,
        (String) execution.getVariable(RejectSelfApproval.INITIATOR),
        execution.getProcessInstanceId());
    execution.setVariable(ChannelVariables.CHANNEL_ID, channel.getId());
    execution.setProcessBusinessKey("CH-" + channel.getId());
  }
}
