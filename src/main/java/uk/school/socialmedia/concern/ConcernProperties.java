package uk.school.socialmedia.concern;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The clocks of concern escalation ({@code school.concern.*} in application.yml). Local
 * procedures set them: children's social care and the LADO work to one working day. The diagram
 * reads them through {@link ConcernSchedule}.
 *
 * @param acknowledgeImmediateRiskWithin how soon a report of immediate risk must be acknowledged
 * @param acknowledgeWithinWorkingDays how soon any other report must be acknowledged
 * @param ladoDecisionWithinWorkingDays how soon the case manager decides whether to consult the LADO
 * @param triageWithinWorkingDays how soon an acknowledged concern must be triaged
 * @param referralOutcomeWithinWorkingDays when the outcome of a referral is chased
 * @param actionPlanReminderAfter when a case manager who has not recorded the actions is reminded
 * @param openConcernReminderEvery how often the handlers are reminded that a concern is still open
 * @param reopenWithin how long a closed concern can be reopened before its record is final
 * @param describeReminderAfter a concern raised elsewhere (e.g. in a post review) and not yet
 *     described reminds its reporter after this long
 * @param describeAlertAfter then the DSL and deputy are told that it exists, with no details
 * @param bankHolidays days that are not working days besides weekends
 */
@Validated
@ConfigurationProperties("school.concern")
public record ConcernProperties(
    @NotNull Duration acknowledgeImmediateRiskWithin,
    @Positive int acknowledgeWithinWorkingDays,
    @Positive int ladoDecisionWithinWorkingDays,
    @Positive int triageWithinWorkingDays,
    @Positive int referralOutcomeWithinWorkingDays,
    @NotNull Duration actionPlanReminderAfter,
    @NotNull Duration openConcernReminderEvery,
    @NotNull Duration reopenWithin,
    @NotNull Duration describeReminderAfter,
    @NotNull Duration describeAlertAfter,
    List<LocalDate> bankHolidays) {

  public ConcernProperties {
    bankHolidays = bankHolidays == null ? List.of() : List.copyOf(bankHolidays);
  }
}
