package uk.school.socialmedia.channel;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The channel lifecycle's clocks ({@code school.channel.*}), ISO-8601 durations such as P365D;
 * the diagrams read them through {@link ChannelSchedule}.
 *
 * @param reviewPeriod time from (re-)approval to the next annual review
 * @param gracePeriod time a review may take before the channel is suspended
 * @param setUpDueIn due date of each set-up task, from approval
 * @param setUpReminderAfter when unfinished set-up is chased
 * @param approvalReminderAfter when an undecided approval is chased
 */
@Validated
@ConfigurationProperties("school.channel")
public record ChannelProperties(
    @NotNull Duration reviewPeriod,
    @NotNull Duration gracePeriod,
    @NotNull Duration setUpDueIn,
    @NotNull Duration setUpReminderAfter,
    @NotNull Duration approvalReminderAfter) {}
