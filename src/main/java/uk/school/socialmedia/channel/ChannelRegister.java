package uk.school.socialmedia.channel;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may ask of the channel register (read only). Post review uses it to
 * check that a post goes to an ACTIVE channel and who may publish on it:
 * <ul>
 *   <li>{@link #isActive(long)}: may the channel publish now? (SUSPENDED, RETIRED, PROPOSED or
 *       REJECTED channels may not);</li>
 *   <li>{@link #isManager(long, String)}: is the user one of the channel's account managers?</li>
 *   <li>{@link #activeChannelsManagedBy(String)} / {@link #activeChannels()}: choices to offer.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class ChannelRegister {

  private final ChannelRepository channels;

  ChannelRegister(ChannelRepository channels) {
    this.channels = channels;
  }

  public boolean isActive(long channelId) {
    return channels.findById(channelId)
        .map(channel -> channel.getStatus() == ChannelStatus.ACTIVE).orElse(false);
  }

  public boolean isManager(long channelId, String userId) {
    return channels.findById(channelId).map(channel -> channel.isManagedBy(userId)).orElse(false);
  }

  public List<Channel> activeChannels() {
    return channels.findByStatusOrderByNameAsc(ChannelStatus.ACTIVE);
  }

  public List<Channel> activeChannelsManagedBy(String userId) {
    return activeChannels().stream().filter(channel -> channel.isManagedBy(userId)).toList();
  }

  public List<Channel> allChannels() {
    return channels.findAllByOrderByNameAsc();
  }

  public Optional<Channel> find(long channelId) {
    return channels.findById(channelId);
  }

  public Optional<Channel> findByProcessInstance(String processInstanceId) {
    return channels.findByProcessInstanceId(processInstanceId);
  }
}
