package uk.school.socialmedia.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the production profile with settings that would leave the school open:
 * no database, no administrator, an administrator password anyone could guess, or Camunda's own
 * administrator setting (an account that bypasses every permission).
 * Runs before any bean (and so before the engine creates the administrator account).
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final int MINIMUM_ADMIN_PASSWORD_LENGTH = 12;
  private static final Set<String> GUESSABLE =
      Set.of("admin", "password", "demo", "camunda", "changeme", "change-me", "secret");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.acceptsProfiles(Profiles.of("production"))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    String adminUser = env.getProperty("school.administration.admin-user", "");
    String adminPassword = env.getProperty("school.administration.admin-password", "");
    if (adminUser.isBlank()) {
      problems.add("ADMIN_USER is not set: name the technical administrator's user id.");
    }
    if (adminPassword.isBlank()) {
      problems.add("ADMIN_PASSWORD is not set.");
    } else if (GUESSABLE.contains(adminPassword.toLowerCase(Locale.ROOT))
        || adminPassword.equalsIgnoreCase(adminUser)) {
      problems.add("ADMIN_PASSWORD is a default or equals the user id; choose a new one.");
    } else if (adminPassword.length() < MINIMUM_ADMIN_PASSWORD_LENGTH) {
      problems.add("ADMIN_PASSWORD must be at least " + MINIMUM_ADMIN_PASSWORD_LENGTH
          + " characters.");
    }
    if (!env.getProperty("camunda.bpm.admin-user.id", "").isBlank()) {
      problems.add("camunda.bpm.admin-user must not be set: it makes an all-powerful member of "
          + "camunda-admin. The application creates ADMIN_USER in it-admin instead.");
    }
    if (env.getProperty("spring.datasource.url", "").isBlank()) {
      problems.add("DB_URL is not set (e.g. jdbc:postgresql://db-host:5432/socialmedia).");
    }
    if (env.getProperty("school.demo.enabled", Boolean.class, false)) {
      problems.add("school.demo.enabled must be false: demo users have guessable passwords.");
    }
    if (!problems.isEmpty()) {
      throw new InsecureConfigurationException(problems);
    }
  }

  /** Reported by {@link InsecureConfigurationFailureAnalyzer} as a plain list of what to set. */
  public static class InsecureConfigurationException extends IllegalStateException {
    private final List<String> problems;

    InsecureConfigurationException(List<String> problems) {
      super("Refusing to start the production profile: " + String.join(" ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }
}
