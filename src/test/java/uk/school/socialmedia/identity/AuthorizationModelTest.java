package uk.school.socialmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** The baseline of docs/security.md: who reaches which webapp, task and API. */
@SchoolSpringTest
class AuthorizationModelTest {

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired IdentityBootstrap bootstrap;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  RestClient rest;
  Deployment safeguardingOnlyProcess;

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
    // a stand-in process whose only task is offered to the DSL group
    safeguardingOnlyProcess = repository.createDeployment()
        .addModelInstance("dsl-only.bpmn", Bpmn.createExecutableProcess("dsl-only")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("triage").name("Triage").camundaCandidateGroups("dsl")
            .endEvent()
            .done())
        .deploy();
    runtime.startProcessInstanceByKey("dsl-only");
  }

  @AfterEach
  void tearDown() {
    repository.deleteDeployment(safeguardingOnlyProcess.getId(), true);
  }

  @Test
  void anonymousCallsToTheRestApiAreRefused() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-definition",
        "/engine-rest/history/process-instance", "/engine-rest/variable-instance",
        "/engine-rest/user")) {
      assertThat(rest.get(null, path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    // a user of its own: wrong passwords pause that account's sign-ins from this address
    if (identity.createUserQuery().userId("wrong-password-check").count() == 0) {
      var user = identity.newUser("wrong-password-check");
      user.setPassword("the-right-password");
      identity.saveUser(user);
    }
    var headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth("wrong-password-check", "not-the-password");
    var response = http.exchange("/engine-rest/task", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aUserOutsideAGroupCannotSeeThatGroupsTasks() {
    var asAlice = rest.get("alice", "/engine-rest/task?processDefinitionKey=dsl-only");
    assertThat(asAlice.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asAlice.getBody()).isEqualTo("[]");

    var asDana = rest.get("dana", "/engine-rest/task?processDefinitionKey=dsl-only");
    assertThat(asDana.getBody()).contains("\"name\":\"Triage\"");

    identity.setAuthentication("alice", List.of("staff"));
    try {
      assertThat(tasks.createTaskQuery().processDefinitionKey("dsl-only").count()).isZero();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void aUserOutsideAGroupCannotCompleteThatGroupsTask() {
    String taskId = tasks.createTaskQuery().processDefinitionKey("dsl-only").singleResult().getId();
    var response = rest.post("alice", "/engine-rest/task/" + taskId + "/complete", "{}");
    assertThat(response.getStatusCode().is4xxClientError()).isTrue();
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void everyoneButGovernorsWorksInTasklistAndOnlyLeadersOpenCockpit() {
    assertThat(mayAccess("alice", "tasklist")).isTrue();
    assertThat(mayAccess("olivia", "tasklist")).isTrue();
    assertThat(mayAccess("charles", "tasklist")).as("chair handles concerns about the Head").isTrue();
    assertThat(mayAccess("grace", "tasklist")).as("governors see exports only").isFalse();

    assertThat(mayAccess("helen", "cockpit")).isTrue();
    assertThat(mayAccess("brian", "cockpit")).as("slt").isTrue();
    assertThat(mayAccess("dana", "cockpit")).isTrue();
    assertThat(mayAccess("alice", "cockpit")).isFalse();
    assertThat(mayAccess("grace", "cockpit")).isFalse();
    assertThat(mayAccess("charles", "cockpit")).isFalse();
  }

  @Test
  void staffSeeTheSharedTasklistFiltersAndGovernorsDoNot() {
    assertThat(rest.get("alice", "/engine-rest/filter").getBody())
        .contains("My tasks", "My groups' tasks", "Overdue");
    assertThat(rest.get("grace", "/engine-rest/filter").getBody()).isEqualTo("[]");
  }

  @Test
  void theOutboxIsForAdministratorsOnly() {
    assertThat(rest.get(null, "/api/admin/outbox").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.get("alice", "/api/admin/outbox").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.get("admin", "/api/admin/outbox").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void startingTheApplicationAgainGrantsNothingTwice() {
    long before = authorizations.createAuthorizationQuery().count();
    bootstrap.onReady();
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
  }

  private boolean mayAccess(String userId, String application) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(g -> g.getId()).toList();
    return authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS,
        Resources.APPLICATION, application);
  }
}
