package uk.school.socialmedia.audit.page;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The governors' page ({@code school.governors-page} in {@code application.yml}).
 *
 * @param refreshEvery how often the page of a running export reloads itself to show progress
 * @param recentExports how many of the latest exports the page lists
 */
@Validated
@ConfigurationProperties("school.governors-page")
record GovernorsPageProperties(@NotNull Duration refreshEvery, @Min(1) int recentExports) {}
