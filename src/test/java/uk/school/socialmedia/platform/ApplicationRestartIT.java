package uk.school.socialmedia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.school.socialmedia.SocialMediaGovernanceApplication;
import uk.school.socialmedia.channel.ChannelRegister;
import uk.school.socialmedia.testsupport.SharedPostgres;

/**
 * The embedded default as a school would run it: the whole application with demo data, stopped
 * and started again on the same database (H2 file, or PostgreSQL with -Dtest.database=postgresql).
 * A restart must deploy nothing new and seed nothing twice.
 */
class ApplicationRestartIT {

  @TempDir static Path dataDir;
  static String jdbcUrl;
  static boolean postgres = "postgresql".equals(System.getProperty("test.database"));

  @BeforeAll
  static void database() {
    jdbcUrl = postgres ? SharedPostgres.newDatabase()
        : "jdbc:h2:file:" + dataDir.resolve("school").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  @AfterAll
  static void releaseDatabase() throws IOException {
    if (postgres) {
      SharedPostgres.release();
    }
  }

  record State(Map<String, Integer> definitionVersions, long deployments, long authorizations,
      List<String> deployedResources, int channels, long users) {}

  @Test
  void aRestartOnTheSameDatabaseDeploysNothingNewAndSeedsNothingTwice() throws IOException {
    State first = runOnce();
    State second = runOnce();

    assertThat(second).isEqualTo(first);
    assertThat(first.definitionVersions()).containsKeys("channel-risk-assessment",
        "channel-assessment-round").allSatisfy((key, version) -> assertThat(version).isOne());
    assertThat(first.deployedResources()).containsAll(filesIn("bpmn")).containsAll(filesIn("forms"));
    assertThat(first.channels()).as("demo channels").isEqualTo(2);
    assertThat(first.users()).as("demo users, admin and the set-up lock").isEqualTo(12);
  }

  private State runOnce() {
    // command-line arguments: they outrank application.yml (builder "properties" do not)
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(
        SocialMediaGovernanceApplication.class)
        .run("--server.port=0",
            "--spring.datasource.url=" + jdbcUrl,
            "--spring.datasource.username=" + (postgres ? "postgres" : "sa"),
            "--school.data-dir=" + dataDir,
            "--camunda.bpm.job-execution.enabled=false")) {
      assertThat(app.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(jdbcUrl);
      RepositoryService repository = app.getBean(RepositoryService.class);
      Map<String, Integer> versions = repository.createProcessDefinitionQuery().list().stream()
          .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion,
              Math::max, TreeMap::new));
      List<String> resources = repository.createDeploymentQuery().list().stream()
          .map(Deployment::getId)
          .flatMap(id -> repository.getDeploymentResourceNames(id).stream())
          .sorted().toList();
      return new State(versions, repository.createDeploymentQuery().count(),
          app.getBean(AuthorizationService.class).createAuthorizationQuery().count(),
          resources, app.getBean(ChannelRegister.class).allChannels().size(),
          app.getBean(IdentityService.class).createUserQuery().count());
    }
  }

  private static List<String> filesIn(String folder) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.map(file -> folder + "/" + file.getFileName()).toList();
    }
  }
}
