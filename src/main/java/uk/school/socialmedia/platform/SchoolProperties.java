package uk.school.socialmedia.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.NotBlank;

/** Settings a school changes without touching code (see {@code application.yml}). */
@Validated
@ConfigurationProperties("school")
public record SchoolProperties(
    @NotBlank String name,
    @NotBlank String emailDomain,
    @NotBlank String baseUrl,
    @NotBlank String dataDir,
    Demo demo,
    Notifications notifications) {

  public SchoolProperties {
    demo = demo == null ? new Demo(false) : demo;
    notifications = notifications == null ? new Notifications(null, null) : notifications;
  }

  /** Demo users and sample records; never on in production. */
  public record Demo(boolean enabled) {}

  public record Notifications(String from, Duration dispatchInterval) {}

  /** Whether an e-mail address belongs to the school's own domain. */
  public boolean isSchoolAddress(String email) {
    return email != null && email.toLowerCase().endsWith("@" + emailDomain.toLowerCase());
  }
}
