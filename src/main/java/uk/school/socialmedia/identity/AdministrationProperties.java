package uk.school.socialmedia.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The technical administrator the product creates at start (member of {@code it-admin}), and how
 * often the Head and the DSL are told that someone is using emergency (break-glass) access.
 *
 * @param adminUser user id of the technical administrator; none is created when blank
 * @param adminPassword its first password (production refuses a missing or guessable one)
 * @param breakGlassNoticeEvery at most one notice per break-glass user in this time; every use is
 *     recorded all the same
 */
@ConfigurationProperties("school.administration")
public record AdministrationProperties(String adminUser, String adminPassword,
    Duration breakGlassNoticeEvery) {

  public AdministrationProperties {
    adminUser = adminUser == null ? "" : adminUser.trim();
    breakGlassNoticeEvery = breakGlassNoticeEvery == null ? Duration.ofHours(1)
        : breakGlassNoticeEvery;
  }
}
