package uk.school.socialmedia.post;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The durations of {@link PostProperties} as the diagram's timers and due dates take them, e.g.
 * {@code <bpmn:timeDuration>${postSchedule.reviewReminderAfter()}</bpmn:timeDuration>}.
 */
@Component("postSchedule")
public class PostSchedule {

  private final PostProperties properties;
  private final Clock clock;

  PostSchedule(PostProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public String draftAbandonedAfter() {
    return properties.draftAbandonedAfter().toString();
  }

  public String reviewReminderAfter() {
    return properties.reviewReminderAfter().toString();
  }

  public String reviewEscalateAfter() {
    return properties.reviewEscalateAfter().toString();
  }

  public String publishReminderAfter() {
    return properties.publishReminderAfter().toString();
  }

  public String moderationPeriod() {
    return properties.moderationPeriod().toString();
  }

  public Date draftDue() {
    return fromNow(properties.draftAbandonedAfter());
  }

  public Date publishDue() {
    return fromNow(properties.publishReminderAfter());
  }

  public Date moderationDue() {
    return fromNow(properties.moderationPeriod());
  }

  private Date fromNow(Duration duration) {
    return Date.from(clock.instant().plus(duration));
  }
}
