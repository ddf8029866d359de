package uk.school.socialmedia.channel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.CurrentUser;

/** Every set-up step is done: the channel becomes ACTIVE and its first annual review is set. */
@Component("activateChannel")
class ActivateChannel implements JavaDelegate {

  private final ChannelLifecycle lifecycle;
  private final ChannelRegister register;
  private final ChannelNotices notices;
  private final CurrentUser currentUser;

  ActivateChannel(ChannelLifecycle lifecycle, ChannelRegister register, ChannelNotices notices,
      CurrentUser currentUser) {
    this.lifecycle = lifecycle;
    this.register = register;
    this.notices = notices;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long channelId = (Long) execution.getVariable(ChannelVariables.CHANNEL_ID);
    lifecycle.activate(channelId, ChannelSetUp.from(execution), currentUser.idOrSystem());
    notices.activated(register.find(channelId).orElseThrow(), execution);
  }
}
