package uk.school.socialmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import uk.school.socialmedia.concern.ConcernReport;
import uk.school.socialmedia.concern.ConcernReporting;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * The technical administrator manages accounts, grants, deployments and failed jobs through
 * explicit grants of it-admin, and reads no safeguarding record; nobody who can sign in belongs
 * to Camunda's all-powerful admin group, and its anonymous set-up page is closed.
 */
@SchoolSpringTest
class TechnicalAdministrationTest {

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ConcernReporting reporting;

  RestClient rest;

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
  }

  @Test
  void nobodyWhoCanSignInBelongsToCamundasAdminGroup() {
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting(User::getId).containsExactly(TechnicalAdministrator.SETUP_LOCK);
    assertThat(identity.createUserQuery().memberOfGroup(SchoolGroup.IT_ADMIN.id()).list())
        .extracting(User::getId).contains("admin");
    assertThat(rest.get(TechnicalAdministrator.SETUP_LOCK, "/engine-rest/user").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theTechnicalAdministratorReadsNoSafeguardingRecord() {
    String reference = reporting.report(new ConcernReport(ConcernReport.Source.STAFF_REPORT, null,
        "bob", ConcernReport.Kind.CONCERN, ConcernReport.Subject.LEARNER,
        "A learner was named in an unkind comment.", LocalDate.now().minusDays(1), "Facebook",
        ConcernReport.AccountType.OFFICIAL, false, "Hid the comment."));
    ProcessInstance concern = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    String id = concern.getId();

    assertThat(rest.get("admin", "/engine-rest/process-instance/" + id + "/variables")
        .getStatusCode().value()).isIn(403, 404);
    for (String path : List.of(
        "/engine-rest/process-instance?processDefinitionKey=concern-escalation",
        "/engine-rest/variable-instance?processInstanceIdIn=" + id,
        "/engine-rest/task?processInstanceId=" + id,
        "/engine-rest/history/process-instance?processDefinitionKey=concern-escalation",
        "/engine-rest/history/variable-instance?processInstanceId=" + id,
        "/engine-rest/history/detail?processInstanceId=" + id,
        "/engine-rest/history/task?processInstanceId=" + id,
        "/engine-rest/history/activity-instance?processInstanceId=" + id)) {
      var response = rest.get("admin", path);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(response.getBody()).as(path).isEqualTo("[]");
    }
    // the same calls as the DSL show the concern, so the queries above would find it
    assertThat(rest.get("dana", "/engine-rest/history/variable-instance?processInstanceId=" + id)
        .getBody()).contains("whatHappened");
  }

  @Test
  void theTechnicalAdministratorManagesUsersGroupsMembershipsAndGrants() {
    String newcomer = "newcomer-" + System.nanoTime();
    assertThat(rest.post("admin", "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", newcomer, "firstName", "Nina", "lastName", "New",
            "email", newcomer + "@lodgefarm.sch.uk"),
        "credentials", Map.of("password", "a-first-password"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rest.exchange("admin", HttpMethod.PUT,
        "/engine-rest/group/staff/members/" + newcomer, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rest.post("admin", "/engine-rest/authorization/create", Map.of(
        "type", 1, "permissions", List.of("READ"), "userId", newcomer,
        "resourceType", 5, "resourceId", "*")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.get("admin", "/engine-rest/deployment").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.exchange("admin", HttpMethod.DELETE, "/engine-rest/user/" + newcomer, null)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.createUserQuery().userId(newcomer).count()).isZero();
  }

  @Test
  void theTechnicalAdministratorRetriesAFailedJobWithoutReadingItsProcess() {
    Deployment failing = repository.createDeployment()
        .addModelInstance("failing.bpmn", Bpmn.createExecutableProcess("failing-step")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("broken").camundaAsyncBefore().camundaExpression("${notThere.call()}")
            .endEvent()
            .done())
        .deploy();
    try {
      ProcessInstance instance = runtime.startProcessInstanceByKey("failing-step");
      Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
      management.setJobRetries(job.getId(), 0);

      assertThat(rest.get("admin", "/engine-rest/job?processInstanceId=" + instance.getId())
          .getBody()).as("no instance data").isEqualTo("[]");
      assertThat(rest.get("admin", "/api/admin/failed-jobs").getBody())
          .contains(job.getId(), "failing-step").doesNotContain(instance.getId());
      assertThat(rest.get("alice", "/api/admin/failed-jobs").getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(rest.exchange("admin", HttpMethod.PUT, "/engine-rest/job/" + job.getId()
          + "/retries", Map.of("retries", 1)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries())
          .isEqualTo(1);
      assertThat(rest.exchange("alice", HttpMethod.PUT, "/engine-rest/job/" + job.getId()
          + "/retries", Map.of("retries", 5)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      repository.deleteDeployment(failing.getId(), true);
    }
  }

  @Test
  void nobodyMayJoinCamundasAdminGroupNotEvenTheTechnicalAdministrator() {
    var response = rest.exchange("admin", HttpMethod.PUT,
        "/engine-rest/group/camunda-admin/members/admin", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("bypass every permission");
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count())
        .isZero();
    assertThat(rest.exchange("admin", HttpMethod.DELETE,
        "/engine-rest/user/" + TechnicalAdministrator.SETUP_LOCK, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void camundasSetUpPageCreatesNoAdministratorForAnAnonymousCaller() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var response = http.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
        new HttpEntity<>(Map.of(
            "profile", Map.of("id", "intruder", "firstName", "I", "lastName", "Ntruder"),
            "credentials", Map.of("password", "intruder-password")), headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("set-up page is switched off");
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void theWebappsOpenWithoutOfferingTheSetUpPage() {
    var tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getHeaders().getLocation()).isNull();
  }
}
