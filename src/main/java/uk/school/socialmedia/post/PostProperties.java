package uk.school.socialmedia.post;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Post review's clocks ({@code school.post.*}), ISO-8601 durations such as P2D; the diagram
 * reads them through {@link PostSchedule}.
 *
 * @param draftAbandonedAfter a draft not submitted this long after it was opened is closed
 * @param reviewReminderAfter an unreviewed post reminds its author this long after submission
 * @param reviewEscalateAfter then senior leaders are asked to find a reviewer
 * @param publishReminderAfter account managers are reminded when a post due out is not published
 * @param moderationPeriod how long replies to a post in which learners take part are moderated
 */
@Validated
@ConfigurationProperties("school.post")
public record PostProperties(
    @NotNull Duration draftAbandonedAfter,
    @NotNull Duration reviewReminderAfter,
    @NotNull Duration reviewEscalateAfter,
    @NotNull Duration publishReminderAfter,
    @NotNull Duration moderationPeriod) {}
