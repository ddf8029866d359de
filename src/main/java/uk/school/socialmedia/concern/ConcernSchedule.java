package uk.school.socialmedia.concern;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The deadlines the diagram's timers and due dates read, e.g.
 * {@code ${concernSchedule.acknowledgeBy(execution)}}: computed from {@link ConcernProperties} in
 * working days, or in hours when someone is at immediate risk.
 */
@Component("concernSchedule")
public class ConcernSchedule {

  private final ConcernProperties properties;
  private final WorkingDays workingDays;
  private final Clock clock;

  ConcernSchedule(ConcernProperties properties, Clock clock) {
    this.properties = properties;
    this.workingDays = new WorkingDays(new HashSet<>(properties.bankHolidays()));
    this.clock = clock;
  }

  /** Acknowledge: within a short time when someone is at immediate risk, else working days. */
  public Date acknowledgeBy(VariableScope concern) {
    return acknowledgementDeadline(concern, 1);
  }

  /** Still not acknowledged after twice the time: the senior lead is brought in. */
  public Date escalateBy(VariableScope concern) {
    return acknowledgementDeadline(concern, 2);
  }

  public Date ladoDecisionBy(VariableScope concern) {
    return workingDaysFromNow(properties.ladoDecisionWithinWorkingDays());
  }

  public Date triageBy(VariableScope concern) {
    return workingDaysFromNow(properties.triageWithinWorkingDays());
  }

  public Date referralOutcomeBy(VariableScope concern) {
    return workingDaysFromNow(properties.referralOutcomeWithinWorkingDays());
  }

  /** ISO-8601 duration for a timer. */
  public String actionPlanReminder() {
    return properties.actionPlanReminderAfter().toString();
  }

  /** ISO-8601 repeating cycle for a timer. */
  public String openConcernReminders() {
    return "R/" + properties.openConcernReminderEvery();
  }

  public String reopeningPeriod() {
    return properties.reopenWithin().toString();
  }

  public String describeReminder() {
    return properties.describeReminderAfter().toString();
  }

  public String describeAlert() {
    return properties.describeAlertAfter().toString();
  }

  private Date acknowledgementDeadline(VariableScope concern, int periods) {
    if (Boolean.TRUE.equals(concern.getVariable(ConcernVariables.IMMEDIATE_RISK))) {
      return Date.from(clock.instant()
          .plus(properties.acknowledgeImmediateRiskWithin().multipliedBy(periods)));
    }
    return workingDaysFromNow(properties.acknowledgeWithinWorkingDays() * periods);
  }

  private Date workingDaysFromNow(int days) {
    return Date.from(workingDays.plusWorkingDays(ZonedDateTime.now(clock), days).toInstant());
  }
}
