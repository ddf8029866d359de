package uk.school.socialmedia.post;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The durations of {@link PostSettings} as the diagram's timers and due dates take them, e.g.
 * {@code <bpmn:timeDuration>${postSchedule.reviewReminderAfter()}</bpmn:timeDuration>}.
 */
@Component("postSchedule")
public class PostSchedule {

  private final PostSettings settings;
  private final Clock clock;

  PostSchedule(PostSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public String draftAbandonedAfter() {
    return settings.draftAbandonedAfter().toString();
  }

  public String reviewReminderAfter() {
    return settings.reviewReminderAfter().toString();
  }

  public String reviewEscalateAfter() {
    return settings.reviewEscalateAfter().toString();
  }

  public String publishReminderAfter() {
    return settings.publishReminderAfter().toString();
  }

  public String moderationPeriod() {
    return settings.moderationPeriod().toString();
  }

  public Date draftDue() {
    return fromNow(settings.draftAbandonedAfter());
  }

  public Date publishDue() {
    return fromNow(settings.publishReminderAfter());
  }

  public Date moderationDue() {
    return fromNow(settings.moderationPeriod());
  }

  private Date fromNow(Duration duration) {
    return Date.from(clock.instant().plus(duration));
  }
}
