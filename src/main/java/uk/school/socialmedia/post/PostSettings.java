package uk.school.socialmedia.post;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Post review's clocks ({@code school.post.*}), ISO-8601 durations such as P2D.
 *
 * @param draftAbandonedAfter a draft not submitted this long after it was opened is closed
 * @param reviewReminderAfter an unreviewed post reminds its author this long after submission
 * @param reviewEscalateAfter then senior leaders are asked to find a reviewer
 * @param publishReminderAfter account managers are reminded when a post due out is not published
 * @param moderationPeriod how long replies to a post in which learners take part are moderated
 */
@ConfigurationProperties("school.post")
public record PostSettings(
    Duration draftAbandonedAfter,
    Duration reviewReminderAfter,
    Duration reviewEscalateAfter,
    Duration publishReminderAfter,
    Duration moderationPeriod) {

  public PostSettings {
    Objects.requireNonNull(draftAbandonedAfter, "school.post.draft-abandoned-after");
    Objects.requireNonNull(reviewReminderAfter, "school.post.review-reminder-after");
    Objects.requireNonNull(reviewEscalateAfter, "school.post.review-escalate-after");
    Objects.requireNonNull(publishReminderAfter, "school.post.publish-reminder-after");
    Objects.requireNonNull(moderationPeriod, "school.post.moderation-period");
  }
}
