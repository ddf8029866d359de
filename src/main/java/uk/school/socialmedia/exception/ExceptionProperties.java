package uk.school.socialmedia.exception;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a school may change about account exceptions ({@code school.exception.*}); the diagram
 * reads them through {@link ExceptionSchedule}.
 *
 * @param discussionReminderAfter how long the DSL or deputy has to discuss a request before both
 *     are reminded (also the task's due date)
 * @param decisionReminderAfter how long the Head (or chair) has to decide before being reminded
 * @param reviewLeadTime how long before its end date an exception comes up for review
 * @param longestMonths the longest an exception may be approved for, counted from the decision
 */
@Validated
@ConfigurationProperties("school.exception")
public record ExceptionProperties(
    @NotNull Duration discussionReminderAfter,
    @NotNull Duration decisionReminderAfter,
    @NotNull Period reviewLeadTime,
    @Min(1) @Max(36) int longestMonths) {}
