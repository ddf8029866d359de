package uk.school.socialmedia.concern;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The deadlines the diagram's timers and due dates read, e.g.
 * {@code ${concernDeadlines.acknowledgeBy(execution)}}: computed from {@link ConcernSettings} in
 * working days, or in hours when someone is at immediate risk.
 */
@Component("concernDeadlines")
public class ConcernDeadlines {

  private final ConcernSettings settings;
  private final WorkingDays workingDays;
  private final Clock clock;

  ConcernDeadlines(ConcernSettings settings, Clock clock) {
    this.settings = settings;
    this.workingDays = new WorkingDays(new HashSet<>(settings.bankHolidays()));
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
    return workingDaysFromNow(settings.ladoDecisionWithinWorkingDays());
  }

  public Date triageBy(VariableScope concern) {
    return workingDaysFromNow(settings.triageWithinWorkingDays());
  }

  public Date referralOutcomeBy(VariableScope concern) {
    return workingDaysFromNow(settings.referralOutcomeWithinWorkingDays());
  }

  /** ISO-8601 duration for a timer. */
  public String actionPlanReminder() {
    return settings.actionPlanReminderAfter().toString();
  }

  /** ISO-8601 repeating cycle for a timer. */
  public String openConcernReminders() {
    return "R/" + settings.openConcernReminderEvery();
  }

  public String reopeningPeriod() {
    return settings.reopenWithin().toString();
  }

  public String describeReminder() {
    return settings.describeReminderAfter().toString();
  }

  public String describeAlert() {
    return settings.describeAlertAfter().toString();
  }

  private Date acknowledgementDeadline(VariableScope concern, int periods) {
    if (Boolean.TRUE.equals(concern.getVariable(ConcernVariables.IMMEDIATE_RISK))) {
      return Date.from(clock.instant()
          .plus(settings.acknowledgeImmediateRiskWithin().multipliedBy(periods)));
    }
    return workingDaysFromNow(settings.acknowledgeWithinWorkingDays() * periods);
  }

  private Date workingDaysFromNow(int days) {
    return Date.from(workingDays.plusWorkingDays(ZonedDateTime.now(clock), days).toInstant());
  }
}
