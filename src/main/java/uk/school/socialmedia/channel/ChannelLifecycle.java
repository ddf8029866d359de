package uk.school.socialmedia.channel;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the channel register, made by the steps of {@code channel-risk-assessment}.
 * Each status change is written to the channel's history with who made it and why.
 */
@Service
@Transactional
class ChannelLifecycle {

  private final ChannelRepository channels;
  private final ChannelProperties properties;
  private final Clock clock;

  ChannelLifecycle(ChannelRepository channels, ChannelProperties properties, Clock clock) {
    this.channels = channels;
    this.properties = properties;
    this.clock = clock;
  }

  Channel propose(ChannelProposal proposal, String proposedBy, String processInstanceId) {
    return channels.save(new Channel(proposal, proposedBy, clock.instant(), processInstanceId));
  }

  void revise(long channelId, ChannelProposal proposal) {
    get(channelId).describe(proposal);
  }

  void approve(long channelId, String approver, RiskRating rating) {
    get(channelId).recordApproval(approver, clock.instant(), rating);
  }

  void reject(long channelId, String approver, String reason) {
    get(channelId).changeStatus(ChannelStatus.REJECTED, clock.instant(), approver, reason);
  }

  /** All set-up steps are done: the channel may publish, and its first review is scheduled. */
  void activate(long channelId, ChannelSetUp setUp, String by) {
    Channel channel = get(channelId);
    Instant now = clock.instant();
    channel.recordSetUp(setUp.accountUrl(), setUp.websiteLinkUrl(), setUp.accessDetailsHolder(),
        setUp.accessDetailsLocation());
    channel.changeStatus(ChannelStatus.ACTIVE, now, by, "Approved and set up");
    channel.scheduleNextReview(now.plus(properties.reviewPeriod()));
  }

  /** Re-approved at its annual review: active again (if it had been suspended), next review set. */
  void reapprove(long channelId, String approver, RiskRating rating) {
    Channel channel = get(channelId);
    Instant now = clock.instant();
    channel.recordApproval(approver, now, rating);
    if (channel.getStatus() != ChannelStatus.ACTIVE) {
      channel.changeStatus(ChannelStatus.ACTIVE, now, approver, "Re-approved at annual review");
    }
    channel.scheduleNextReview(now.plus(properties.reviewPeriod()));
  }

  void suspend(long channelId, String reason) {
    Channel channel = get(channelId);
    if (channel.getStatus() == ChannelStatus.ACTIVE) {
      channel.changeStatus(ChannelStatus.SUSPENDED, clock.instant(), null, reason);
    }
  }

  void retire(long channelId, String by, String reason) {
    get(channelId).changeStatus(ChannelStatus.RETIRED, clock.instant(), by, reason);
  }

  private Channel get(long channelId) {
    return channels.findById(channelId).orElseThrow(
        () -> new IllegalStateException("No channel " + channelId + " in the register"));
  }
}
