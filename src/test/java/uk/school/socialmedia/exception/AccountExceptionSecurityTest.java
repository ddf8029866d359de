package uk.school.socialmedia.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Who may ask, decide, read and revoke, over REST as Tasklist and the register's callers do:
 * a refused call gets 400/403/404 and changes nothing.
 */
@SchoolSpringTest
class AccountExceptionSecurityTest {

  private static final String DEPUTY_HEAD = "hugo";

  @Autowired ProcessEngine processEngine;
  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ExceptionRecordRepository records;

  RestClient rest;
  ExceptionJourney journey;

  @BeforeEach
  void setUp() {
    users.apply();
    BpmnAwareTests.init(processEngine);
    rest = new RestClient(http);
    journey = new ExceptionJourney(runtime, tasks, management, new Actors(identity));
  }

  @AfterEach
  void removeDeputyHead() {
    if (identity.createUserQuery().userId(DEPUTY_HEAD).count() > 0) {
      identity.deleteUser(DEPUTY_HEAD);
    }
  }

  @Test
  void anyMemberOfStaffCanAskButAGovernorCannot() {
    String asked = UUID.randomUUID().toString();
    assertThat(start("alice", asked, ExceptionJourney.request("CURRENT_LEARNER")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(startedWith(asked)).isEqualTo(1);

    String refused = UUID.randomUUID().toString();
    assertThat(start("grace", refused, ExceptionJourney.request("CURRENT_LEARNER"))
        .getStatusCode().is4xxClientError()).isTrue();
    assertThat(startedWith(refused)).isZero();
  }

  @Test
  void anIncompleteRequestIsRefusedWithAClearMessageAndNothingStarts() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> incomplete = ExceptionJourney.request("CURRENT_LEARNER");
    incomplete.remove("safeguards");
    incomplete.put("requestedMonths", 40);

    var response = start("alice", key, incomplete);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Please give the safeguards you propose.")
        .contains("for how many months");
    assertThat(startedWith(key)).isZero();

    Map<String, Object> described = ExceptionJourney.request("CURRENT_LEARNER");
    described.put("concernsReference", "a long description of the learner ".repeat(5));
    var tooLong = start("alice", key, described);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody()).contains("at most 100 characters");
    assertThat(startedWith(key)).isZero();
  }

  @Test
  void aMemberOfStaffWhoIsNotTheHeadCannotDecide() {
    ProcessInstance instance = journey.start("alice");
    journey.discuss("dana", instance, "APPROVE");
    String decision = journey.task(instance, "Task_HeadDecides").getId();

    var response = rest.post("bob", "/engine-rest/task/" + decision + "/complete",
        Map.of("variables", RestClient.variables(approval())));

    assertThat(response.getStatusCode().value()).isIn(403, 404);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_HeadDecides");
    assertThat(runtime.getVariable(instance.getId(), "decision")).isNull();
  }

  @Test
  void theRequesterCanNeverBeGivenTheDecisionOnTheirOwnRequest() {
    ProcessInstance instance = journey.start("alice");
    journey.discuss("dana", instance, "APPROVE");
    String decision = journey.task(instance, "Task_HeadDecides").getId();
    // someone allowed to give the task to anyone (every permission on it): the rule still refuses
    var grant = processEngine.getAuthorizationService().createNewAuthorization(
        org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("brian");
    grant.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
    grant.setResourceId(decision);
    grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.ALL);
    processEngine.getAuthorizationService().saveAuthorization(grant);

    var response = rest.post("brian", "/engine-rest/task/" + decision + "/assignee",
        Map.of("userId", "alice"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("must be done by a colleague");
    assertThat(journey.task(instance, "Task_HeadDecides").getAssignee()).isNull();
  }

  @Test
  void theHeadCannotApproveTheirOwnRequestWhichReachesTheChair() {
    ProcessInstance instance = journey.start("helen");
    journey.discuss("dana", instance, "APPROVE");
    String decision = journey.task(instance, "Task_ChairDecides").getId();

    assertThat(rest.get("helen", "/engine-rest/task?processInstanceId=" + instance.getId())
        .getBody()).isEqualTo("[]");
    var response = rest.post("helen", "/engine-rest/task/" + decision + "/complete",
        Map.of("variables", RestClient.variables(approval())));
    assertThat(response.getStatusCode().value()).isIn(400, 403, 404);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ChairDecides");

    assertThat(rest.get("charles", "/engine-rest/task?processInstanceId=" + instance.getId())
        .getBody()).contains("Task_ChairDecides");
    var approved = rest.post("charles", "/engine-rest/task/" + decision + "/complete",
        Map.of("variables", RestClient.variables(approval())));
    assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue");
  }

  @Test
  void aRequestIsReadByTheRequesterTheSafeguardingLeadsAndTheHeadOnly() {
    ProcessInstance instance = journey.start("alice");
    String path = "/engine-rest/history/process-instance?processInstanceId=" + instance.getId();

    for (String reader : new String[] {"alice", "dana", "derek", "helen"}) {
      assertThat(rest.get(reader, path).getBody()).as(reader).contains(instance.getId());
    }
    for (String outsider : new String[] {"bob", "carol", "brian", "charles"}) {
      assertThat(rest.get(outsider, path).getBody()).as(outsider).isEqualTo("[]");
      assertThat(rest.get(outsider, "/engine-rest/history/variable-instance?processInstanceId="
          + instance.getId()).getBody()).as(outsider).isEqualTo("[]");
    }
  }

  @Test
  void theHeadsOwnRequestIsReadByTheChairNotByAnotherMemberOfTheHeadGroup() {
    addDeputyHead();
    ProcessInstance instance = journey.start("helen");
    String path = "/engine-rest/history/process-instance?processInstanceId=" + instance.getId();

    assertThat(rest.get("charles", path).getBody()).contains(instance.getId());
    assertThat(rest.get("dana", path).getBody()).contains(instance.getId());
    assertThat(rest.get("helen", path).getBody()).as("the requester reads their own request")
        .contains(instance.getId());
    assertThat(rest.get(DEPUTY_HEAD, path).getBody()).isEqualTo("[]");
  }

  @Test
  void theRegisterIsForTheSafeguardingLeadsAndTheHeadAndRevokingNeedsAReason() {
    ProcessInstance instance = journey.start("bob");
    journey.discuss("dana", instance, "APPROVE");
    journey.approve("helen", instance, "Task_HeadDecides", LocalDate.now(ZoneId.of(
        "Europe/London")).plusMonths(2));
    long id = records.findByProcessInstanceId(instance.getId()).orElseThrow().getId();
    String revoke = "/api/exceptions/" + id + "/revoke";

    assertThat(rest.get("alice", "/api/exceptions/current").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.get(null, "/api/exceptions/current").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String leader : new String[] {"dana", "derek", "helen"}) {
      assertThat(rest.get(leader, "/api/exceptions/current").getBody()).as(leader)
          .contains("\"id\":" + id + ",");
    }

    assertThat(rest.post("bob", revoke, Map.of("reason", "I no longer want it")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var noReason = rest.post("derek", revoke, Map.of("reason", " "));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("reason for revoking");
    var longReason = rest.post("derek", revoke, Map.of("reason", "r".repeat(1024 * 1024)));
    assertThat(longReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(longReason.getBody()).contains("at most 4,000 characters");
    assertThat(rest.post("derek", "/api/exceptions/999999999/revoke", Map.of("reason", "x"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue");

    assertThat(rest.post("derek", revoke, Map.of("reason", "Conditions broken.")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("End_Revoked")
        .variables().containsEntry("revokedBy", "derek");
    assertThat(rest.get("dana", "/api/exceptions/current").getBody())
        .doesNotContain("\"id\":" + id + ",");
  }

  @Test
  void theLongestRequestAndDecisionTheFormsAcceptAreKeptWhole() {
    String key = UUID.randomUUID().toString();
    String longest = "r".repeat(ValidateExceptionRequest.TEXT_LENGTH);
    Map<String, Object> request = ExceptionJourney.request("CURRENT_LEARNER");
    request.put("reason", longest);
    request.put("safeguards", longest);
    request.put("concernsReference", "A".repeat(ValidateExceptionRequest.REFERENCE_LENGTH));
    assertThat(start("alice", key, request).getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(key).singleResult();
    assertThat(runtime.getVariable(instance.getId(), "reason")).isEqualTo(longest);

    journey.discuss("dana", instance, "APPROVE");
    Map<String, Object> decision = approval();
    decision.put("conditions", longest);
    decision.put("decisionRationale", longest);
    journey.complete("helen", instance, "Task_HeadDecides", decision);

    assertThat(records.findAll()).filteredOn(r -> instance.getId().equals(r.getProcessInstanceId()))
        .singleElement().satisfies(r -> assertThat(r.getConditions()).isEqualTo(longest));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("decisionRationale").singleResult().getValue()).isEqualTo(longest);
  }

  @Test
  void aRequestOrDecisionLongerThanItsFormAllowsIsRefusedWith400AndNothingChanges() {
    String key = UUID.randomUUID().toString();
    for (String tooLong : List.of("r".repeat(ValidateExceptionRequest.TEXT_LENGTH + 1),
        "r".repeat(1024 * 1024))) {
      Map<String, Object> request = ExceptionJourney.request("CURRENT_LEARNER");
      request.put("reason", tooLong);
      var response = start("alice", key, request);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("too long, at most 4,000 characters");
    }
    assertThat(startedWith(key)).isZero();

    ProcessInstance instance = journey.start("alice");
    journey.discuss("dana", instance, "APPROVE");
    String decision = journey.task(instance, "Task_HeadDecides").getId();
    rest.post("helen", "/engine-rest/task/" + decision + "/claim", Map.of("userId", "helen"));
    Map<String, Object> form = approval();
    form.put("conditions", "c".repeat(1024 * 1024));
    var refused = rest.post("helen", "/engine-rest/task/" + decision + "/complete",
        Map.of("variables", RestClient.variables(form)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("too long, at most 4,000 characters");
    assertThat(tasks.createTaskQuery().taskId(decision).count()).isOne();
    assertThat(records.findAll()).noneMatch(r -> instance.getId().equals(r.getProcessInstanceId()));
  }

  @Test
  void theDeciderCannotRewriteTheRequestOrTheDiscussion() {
    ProcessInstance instance = journey.start("alice");
    journey.discuss("dana", instance, "REFUSE");
    String decision = journey.task(instance, "Task_HeadDecides").getId();
    rest.post("helen", "/engine-rest/task/" + decision + "/claim", Map.of("userId", "helen"));
    Map<String, Object> form = approval();
    form.put("recommendation", "APPROVE");
    form.put("requestedMonths", 12);
    var refused = rest.post("helen", "/engine-rest/task/" + decision + "/complete",
        Map.of("variables", RestClient.variables(form)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("recommendation", "requestedMonths");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_HeadDecides").variables()
        .containsEntry("recommendation", "REFUSE").containsEntry("requestedMonths", 6);
  }

  private Map<String, Object> approval() {
    Map<String, Object> form = new HashMap<>();
    form.put("decision", "APPROVE");
    form.put("conditions", "No school matters.");
    form.put("approvedUntil", LocalDate.now(ZoneId.of("Europe/London")).plusMonths(1).toString());
    form.put("decisionRationale", "Family.");
    return form;
  }

  private org.springframework.http.ResponseEntity<String> start(String user, String businessKey,
      Map<String, Object> variables) {
    return rest.post(user, "/engine-rest/process-definition/key/" + ExceptionJourney.KEY
        + "/start", Map.of("businessKey", businessKey, "variables",
            RestClient.variables(variables)));
  }

  private long startedWith(String businessKey) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .count();
  }

  private void addDeputyHead() {
    User user = identity.newUser(DEPUTY_HEAD);
    user.setFirstName("Hugo");
    user.setLastName("Hill");
    user.setPassword(DEPUTY_HEAD);
    identity.saveUser(user);
    identity.createMembership(DEPUTY_HEAD, "staff");
    identity.createMembership(DEPUTY_HEAD, "head");
  }
}
