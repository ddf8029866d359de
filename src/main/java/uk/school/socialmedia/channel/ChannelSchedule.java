package uk.school.socialmedia.channel;

import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The durations of {@link ChannelSettings} in the form the diagram's timers and due dates take,
 * e.g. {@code <bpmn:timeDuration>${channelSchedule.reviewPeriod()}</bpmn:timeDuration>}.
 */
@Component("channelSchedule")
public class ChannelSchedule {

  private final ChannelSettings settings;
  private final Clock clock;

  ChannelSchedule(ChannelSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public String reviewPeriod() {
    return settings.reviewPeriod().toString();
  }

  public String gracePeriod() {
    return settings.gracePeriod().toString();
  }

  public String setUpReminderAfter() {
    return settings.setUpReminderAfter().toString();
  }

  public String approvalReminderAfter() {
    return settings.approvalReminderAfter().toString();
  }

  /** Due date of a set-up task created now. */
  public Date setUpDue() {
    return Date.from(clock.instant().plus(settings.setUpDueIn()));
  }
}
