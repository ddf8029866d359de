package uk.school.socialmedia.channel;

import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The durations of {@link ChannelProperties} in the form the diagram's timers and due dates take,
 * e.g. {@code <bpmn:timeDuration>${channelSchedule.reviewPeriod()}</bpmn:timeDuration>}.
 */
@Component("channelSchedule")
public class ChannelSchedule {

  private final ChannelProperties properties;
  private final Clock clock;

  ChannelSchedule(ChannelProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public String reviewPeriod() {
    return properties.reviewPeriod().toString();
  }

  public String gracePeriod() {
    return properties.gracePeriod().toString();
  }

  public String setUpReminderAfter() {
    return properties.setUpReminderAfter().toString();
  }

  public String approvalReminderAfter() {
    return properties.approvalReminderAfter().toString();
  }

  /** Due date of a set-up task created now. */
  public Date setUpDue() {
    return Date.from(clock.instant().plus(properties.setUpDueIn()));
  }
}
