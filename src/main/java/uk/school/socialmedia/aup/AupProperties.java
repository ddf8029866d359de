package uk.school.socialmedia.aup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.NotNull;

/**
 * The AUP's clocks, which a school may change ({@code school.aup.*} in application.yml); the
 * diagram reads them through {@link AupSchedule}.
 *
 * @param reminderAfter how long an unsigned request waits before the signer is reminded
 * @param escalateAfter how long it waits before the signer's line manager (or SLT) is told
 * @param gracePeriod how long after a new version a signature of the version before it still
 *     counts at the gate
 */
@Validated
@ConfigurationProperties("school.aup")
public record AupProperties(
    @NotNull Duration reminderAfter,
    @NotNull Duration escalateAfter,
    @NotNull Duration gracePeriod) {}
