package uk.school.socialmedia.channel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The annual review outlasted its grace period: no new posts until it is re-approved. */
@Component("suspendChannel")
class SuspendChannel implements JavaDelegate {

  private final ChannelLifecycle lifecycle;
  private final ChannelNotices notices;

  SuspendChannel(ChannelLifecycle lifecycle, ChannelNotices notices) {
    this.lifecycle = lifecycle;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.suspend((Long) execution.getVariable(ChannelVariables.CHANNEL_ID),
        "Not re-approved within the grace period of its annual review");
    notices.suspended(execution);
  }
}
