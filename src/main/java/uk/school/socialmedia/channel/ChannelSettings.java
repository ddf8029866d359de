package uk.school.socialmedia.channel;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The channel lifecycle's clocks ({@code school.channel.*}), ISO-8601 durations such as P365D.
 *
 * @param reviewPeriod time from (re-)approval to the next annual review
 * @param gracePeriod time a review may take before the channel is suspended
 * @param setUpDueIn due date of each set-up task, from approval
 * @param setUpReminderAfter when unfinished set-up is chased
 * @param approvalReminderAfter when an undecided approval is chased
 */
@ConfigurationProperties("school.channel")
public record ChannelSettings(
    Duration reviewPeriod,
    Duration gracePeriod,
    Duration setUpDueIn,
    Duration setUpReminderAfter,
    Duration approvalReminderAfter) {

  public ChannelSettings {
    Objects.requireNonNull(reviewPeriod, "school.channel.review-period");
    Objects.requireNonNull(gracePeriod, "school.channel.grace-period");
    Objects.requireNonNull(setUpDueIn, "school.channel.set-up-due-in");
    Objects.requireNonNull(setUpReminderAfter, "school.channel.set-up-reminder-after");
    Objects.requireNonNull(approvalReminderAfter, "school.channel.approval-reminder-after");
  }
}
