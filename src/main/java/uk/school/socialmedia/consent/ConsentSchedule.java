package uk.school.socialmedia.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.EngineClock;

/**
 * {@link ConsentProperties} as the diagrams and the register use them: timer expressions such as
 * {@code ${consentSchedule.responseDeadline}} (ISO 8601, as Camunda expects) and the dates a
 * consent is valid until and renewed on.
 */
@Component("consentSchedule")
public class ConsentSchedule {

  private final ConsentProperties properties;
  private final MonthDay academicYearEnd;

  ConsentSchedule(ConsentProperties properties) {
    this.properties = properties;
    this.academicYearEnd = MonthDay.parse("--" + properties.academicYearEnd());
  }

  /** Repeating reminder timer, e.g. R2/PT336H. */
  public String getReminderCycle() {
    return "R" + properties.reminders() + "/" + properties.reminderAfter();
  }

  public String getResponseDeadline() {
    return properties.responseDeadline().toString();
  }

  /** Due date of a takedown task and the timer that alerts the DSL. */
  public String getTakedownWithin() {
    return properties.takedownWithin().toString();
  }

  /** The first end of an academic year after the day consent was given. */
  public LocalDate validUntil(LocalDate givenOn) {
    LocalDate end = academicYearEnd.atYear(givenOn.getYear());
    return end.isAfter(givenOn) ? end : academicYearEnd.atYear(givenOn.getYear() + 1);
  }

  /** When the renewal request for a consent valid until that day starts. */
  public Date renewalDue(LocalDate validUntil) {
    Instant lapses = validUntil.plusDays(1).atStartOfDay(EngineClock.SCHOOL_ZONE).toInstant();
    return Date.from(lapses.minus(properties.renewalLeadTime()));
  }

  public Instant takedownDue(Instant requestedAt) {
    return requestedAt.plus(properties.takedownWithin());
  }
}
