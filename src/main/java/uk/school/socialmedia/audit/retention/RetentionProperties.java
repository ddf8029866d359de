package uk.school.socialmedia.audit.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long the per-instance retention classes keep a record ({@code school.retention.*} in
 * application.yml; docs/retention.md explains the sources).
 *
 * @param learnerRecordsUntilAge a concern about a learner is kept until the learner is this old
 *     (IRMS / KCSIE: date of birth + 25 years)
 * @param normalRetirementAge an allegation against a member of staff is kept until the person
 *     reaches this age ...
 * @param allegationsKeptAtLeast ... or for this long after the concern closes, whichever is later
 * @param publishedPostsKeptFor the post register keeps a post this long after it was published,
 *     rejected or expired (PUBLICATION)
 * @param accountExceptionsKeptFor the exception register keeps an exception this long after it
 *     ended (GOVERNANCE)
 * @param exportsKeptFor an audit export (its record and files) is kept this long after it was
 *     asked for (AUDIT)
 * @param registerCleanUp when register rows past their period are removed (a cron expression in
 *     the school's time zone; inside the nightly clean-up window)
 */
@Validated
@ConfigurationProperties("school.retention")
public record RetentionProperties(
    @Positive int learnerRecordsUntilAge,
    @Positive int normalRetirementAge,
    @NotNull Period allegationsKeptAtLeast,
    @NotNull Period publishedPostsKeptFor,
    @NotNull Period accountExceptionsKeptFor,
    @NotNull Period exportsKeptFor,
    @NotBlank String registerCleanUp) {}
