package uk.school.socialmedia.exception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The timers of {@code bpmn/account-exception.bpmn}, read from {@link ExceptionProperties}:
 * {@code ${exceptionSchedule.discussionReminder}}, {@code ${exceptionSchedule.endsAt(endDate)}}.
 * An exception is in force up to and including its end date, in the school's time zone.
 */
@Component("exceptionSchedule")
public class ExceptionSchedule {

  private final ExceptionProperties properties;
  private final Clock clock;

  ExceptionSchedule(ExceptionProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** ISO-8601 duration for the discussion reminder timer. */
  public String getDiscussionReminder() {
    return properties.discussionReminderAfter().toString();
  }

  /** ISO-8601 duration for the decision reminder timers. */
  public String getDecisionReminder() {
    return properties.decisionReminderAfter().toString();
  }

  public Date getDiscussionDue() {
    return Date.from(clock.instant().plus(properties.discussionReminderAfter()));
  }

  public Date getDecisionDue() {
    return Date.from(clock.instant().plus(properties.decisionReminderAfter()));
  }

  /** The start of the day the review opens: the lead time before the end date. */
  public Date reviewDueOn(String endDate) {
    return startOf(LocalDate.parse(endDate).minus(properties.reviewLeadTime()));
  }

  /** The moment the exception stops: the start of the day after its end date. */
  public Date endsAt(String endDate) {
    return startOf(LocalDate.parse(endDate).plusDays(1));
  }

  /** The latest end date that may be approved today. */
  public LocalDate latestEndDate() {
    return today().plusMonths(properties.longestMonths());
  }

  public int longestMonths() {
    return properties.longestMonths();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
  }
}
