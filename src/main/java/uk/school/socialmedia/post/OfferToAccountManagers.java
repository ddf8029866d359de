package uk.school.socialmedia.post;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.channel.ChannelRegister;

/**
 * Publishing and moderating are offered to the account managers of the post's channel (the
 * author too, if they manage it: a colleague has already approved the post).
 */
@Component("offerToAccountManagers")
class OfferToAccountManagers implements TaskListener {

  private final PostRegister register;
  private final ChannelRegister channels;

  OfferToAccountManagers(PostRegister register, ChannelRegister channels) {
    this.register = register;
    this.channels = channels;
  }

  @Override
  public void notify(DelegateTask task) {
    long channelId = register.require(task.getProcessInstanceId()).getChannelId();
    channels.find(channelId).ifPresent(channel -> task.addCandidateUsers(channel.getManagers()));
  }
}
