package uk.school.socialmedia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import uk.school.socialmedia.SocialMediaGovernanceApplication;
import uk.school.socialmedia.platform.ProductionSafetyCheck.InsecureConfigurationException;

class ProductionSafetyCheckTest {

  private final ProductionSafetyCheck check = new ProductionSafetyCheck();

  @Test
  void productionRefusesTheDemoAdministratorPassword() {
    MockEnvironment env = production("admin", "admin");
    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .isInstanceOf(InsecureConfigurationException.class)
        .hasMessageContaining("ADMIN_PASSWORD is a default");
  }

  @Test
  void productionRefusesAMissingAdministratorOrDatabase() {
    MockEnvironment env = new MockEnvironment();
    env.setActiveProfiles("production");
    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .isInstanceOfSatisfying(InsecureConfigurationException.class, e ->
            assertThat(e.problems()).anyMatch(p -> p.startsWith("ADMIN_USER is not set"))
                .anyMatch(p -> p.startsWith("ADMIN_PASSWORD is not set"))
                .anyMatch(p -> p.startsWith("DB_URL is not set")));
  }

  @Test
  void productionRefusesAShortPasswordAndDemoMode() {
    MockEnvironment env = production("it-admin", "short-pw");
    env.setProperty("school.demo.enabled", "true");
    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .isInstanceOfSatisfying(InsecureConfigurationException.class, e ->
            assertThat(e.problems()).anyMatch(p -> p.contains("at least 12 characters"))
                .anyMatch(p -> p.contains("school.demo.enabled must be false")));
  }

  @Test
  void productionStartsWithProperSettings() {
    assertThatCode(() -> check.postProcessEnvironment(
        production("it-admin", "a-long-and-unguessable-passphrase"), new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void productionRefusesCamundasAllPowerfulAdministratorSetting() {
    MockEnvironment env = production("it-admin", "a-long-and-unguessable-passphrase")
        .withProperty("camunda.bpm.admin-user.id", "it-admin");
    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .isInstanceOfSatisfying(InsecureConfigurationException.class, e ->
            assertThat(e.problems()).anyMatch(p -> p.startsWith("camunda.bpm.admin-user")));
  }

  @Test
  void theEmbeddedDefaultIsNotChecked() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("school.administration.admin-user", "admin")
        .withProperty("school.administration.admin-password", "admin");
    assertThatCode(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void theApplicationItselfRefusesToStartInProductionWithDefaults() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(SocialMediaGovernanceApplication.class)
        .profiles("production")
        .properties("ADMIN_USER=admin", "ADMIN_PASSWORD=admin",
            "DB_URL=jdbc:postgresql://localhost:1/none");
    assertThatThrownBy(app::run)
        .isInstanceOf(InsecureConfigurationException.class)
        .hasMessageContaining("ADMIN_PASSWORD");
  }

  private static MockEnvironment production(String adminUser, String adminPassword) {
    MockEnvironment env = new MockEnvironment()
        .withProperty("school.administration.admin-user", adminUser)
        .withProperty("school.administration.admin-password", adminPassword)
        .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/school");
    env.setActiveProfiles("production");
    return env;
  }
}
