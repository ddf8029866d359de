package uk.school.socialmedia.consent;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The consent rules a school may change ({@code school.consent.*} in application.yml); the
 * diagrams read them through {@link ConsentSchedule}.
 *
 * @param academicYearEnd month and day (MM-dd) on which every consent lapses, e.g. 08-31
 * @param reminderAfter how long after a request, and between reminders, the office is asked to
 *     remind parents who have not answered
 * @param reminders how many reminders at most
 * @param responseDeadline how long the school waits for a written answer before recording that
 *     parents did not respond (no consent)
 * @param renewalLeadTime how long before a consent lapses the renewal request starts
 * @param takedownWithin how long an account manager has to take an image down before the
 *     DSL is alerted
 */
@Validated
@ConfigurationProperties("school.consent")
public record ConsentProperties(
    @NotNull @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])") String academicYearEnd,
    @NotNull Duration reminderAfter,
    @Min(0) int reminders,
    @NotNull Duration responseDeadline,
    @NotNull Duration renewalLeadTime,
    @NotNull Duration takedownWithin) {}
