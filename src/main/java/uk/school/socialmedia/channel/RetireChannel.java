package uk.school.socialmedia.channel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Retires a channel: on request (variables {@value ChannelVariables#RETIREMENT_REASON} and
 * {@value ChannelVariables#RETIREMENT_REQUESTED_BY} come with the request) or when its annual
 * review was refused (the diagram maps the approver's rationale into the same variables).
 */
@Component("retireChannel")
class RetireChannel implements JavaDelegate {


  private final ChannelLifecycle lifecycle;
  private final ChannelNotices notices;

  RetireChannel(ChannelLifecycle lifecycle, ChannelNotices notices) {
    this.lifecycle = lifecycle;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = (String) execution.getVariable(ChannelVariables.RETIREMENT_REASON);
    lifecycle.retire((Long) execution.getVariable(ChannelVariables.CHANNEL_ID),
        (String) execution.getVariable(ChannelVariables.RETIREMENT_REQUESTED_BY), reason);
    notices.retired(execution, reason);
  }
}
