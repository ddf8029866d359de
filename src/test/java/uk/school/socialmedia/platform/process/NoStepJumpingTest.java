package uk.school.socialmedia.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;
import uk.school.socialmedia.testsupport.WebappSession;

/**
 * Nobody steps around a process: not by starting it part-way through, moving it, writing its
 * values, sending it messages, firing or moving its clocks, suspending it or rewriting its
 * history. Proven over REST as a member of staff and as someone granted every permission on
 * every resource, so that only this rule stands in the way.
 */
@SchoolSpringTest
class NoStepJumpingTest {

  private static final String ROOT = "root-" + UUID.randomUUID().toString().substring(0, 8);
  private static final String EVERYTHING = "everything-" + ROOT;

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired AuthorizationService authorizations;

  RestClient rest;
  Actors actors;

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
    actors = new Actors(identity);
    User root = identity.newUser(ROOT);
    root.setPassword(ROOT);
    identity.saveUser(root);
    identity.saveGroup(identity.newGroup(EVERYTHING));
    identity.createMembership(ROOT, EVERYTHING);
    for (Resources resource : Resources.values()) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(EVERYTHING);
      grant.setResource(resource);
      grant.setResourceId("*");
      grant.addPermission(Permissions.ALL);
      authorizations.saveAuthorization(grant);
    }
  }

  @AfterEach
  void removeRoot() {
    authorizations.createAuthorizationQuery().groupIdIn(EVERYTHING).list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    identity.deleteGroup(EVERYTHING);
    identity.deleteUser(ROOT);
  }

  @Test
  void nobodyStartsAProcessPartWayThroughToMakeAnApprovalUp() {
    // as found: alice approved her own exception, signed the AUP in bob's name, activated an
    // unapproved channel and filed a concern in carol's name
    assertStartRefused("alice", "account-exception", "Task_RecordException",
        Map.of("decision", "APPROVE", "decidedBy", "helen", "initiator", "alice"));
    assertStartRefused("alice", "aup-signing", "Task_RecordSignature",
        Map.of("signer", "bob", "signedName", "Bob Baker"));
    assertStartRefused("alice", "channel-risk-assessment", "Task_ActivateChannel",
        Map.of("approvedBy", "brian", "registrationEmail", "school.page@gmail.com"));
    assertStartRefused("alice", "concern-escalation", "Task_RestrictAccess",
        Map.of("reporter", "carol", "whatHappened", "made up"));
    assertStartRefused(ROOT, "account-exception", "Task_RecordException",
        Map.of("decision", "APPROVE"));
  }

  @Test
  void theWebappsOwnEngineApiRefusesTheSameCalls() {
    // Tasklist and Cockpit reach the engine through /camunda/api/engine with a session
    ProcessInstance request = requestAnException();
    WebappSession root = new WebappSession(http).signIn(ROOT, ROOT);
    String businessKey = UUID.randomUUID().toString();

    assertRefused(root.post(WebappSession.ENGINE + "/process-definition/key/account-exception/start",
        Map.of("businessKey", businessKey, "startInstructions", List.of(Map.of(
            "type", "startBeforeActivity", "activityId", "Task_RecordException")))));
    assertRefused(root.post(WebappSession.ENGINE + "/process-instance/" + request.getId()
        + "/modification", Map.of("instructions", List.of(Map.of(
            "type", "startBeforeActivity", "activityId", "Task_RecordException")))));
    assertRefused(root.put(WebappSession.ENGINE + "/process-instance/" + request.getId()
        + "/variables/decision", Map.of("value", "APPROVE")));
    assertRefused(root.post(WebappSession.ENGINE + "/message",
        Map.of("messageName", "ExceptionRevoked", "processInstanceId", request.getId())));

    assertThat(history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).count()).isZero();
    assertThat(runtime.getVariable(request.getId(), "decision")).isNull();
    assertThat(activities(request.getId())).containsExactly("Task_DiscussRequest");
  }

  @Test
  void startListenersCannotBeSkipped() {
    String key = UUID.randomUUID().toString();
    var response = rest.post("alice", "/engine-rest/process-definition/key/account-exception/start",
        Map.of("businessKey", key, "skipCustomListeners", true, "skipIoMappings", true));

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(response.getBody()).contains("none of them can be skipped");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .count()).isZero();
  }

  @Test
  void aRunningProcessCannotBeMovedRestartedMigratedOrSuspended() {
    ProcessInstance request = requestAnException();
    String id = request.getId();
    String definition = request.getProcessDefinitionId();

    assertRefused(rest.post(ROOT, "/engine-rest/process-instance/" + id + "/modification",
        Map.of("instructions", List.of(Map.of(
            "type", "startBeforeActivity", "activityId", "Task_RecordException")))));
    assertRefused(rest.post(ROOT, "/engine-rest/modification/execute", Map.of(
        "processDefinitionId", definition, "processInstanceIds", List.of(id),
        "instructions", List.of(Map.of("type", "cancel", "activityId", "Task_DiscussRequest")))));
    assertRefused(rest.post(ROOT, "/engine-rest/process-definition/" + definition + "/restart",
        Map.of("processInstanceIds", List.of(id), "instructions", List.of(Map.of(
            "type", "startBeforeActivity", "activityId", "Task_RecordException")))));
    assertRefused(rest.post(ROOT, "/engine-rest/migration/execute", Map.of(
        "migrationPlan", Map.of("sourceProcessDefinitionId", definition,
            "targetProcessDefinitionId", definition, "instructions", List.of()),
        "processInstanceIds", List.of(id))));
    assertRefused(rest.exchange(ROOT, HttpMethod.PUT,
        "/engine-rest/process-instance/" + id + "/suspended", Map.of("suspended", true)));
    assertRefused(rest.exchange(ROOT, HttpMethod.PUT,
        "/engine-rest/process-definition/" + definition + "/suspended",
        Map.of("suspended", true, "includeProcessInstances", true)));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).active().count())
        .isOne();
    assertThat(activities(id)).containsExactly("Task_DiscussRequest");
  }

  @Test
  void valuesAreGivenThroughAFormNeverWrittenDirectly() {
    ProcessInstance request = requestAnException();
    String id = request.getId();
    String task = tasks.createTaskQuery().processInstanceId(id).singleResult().getId();
    Map<String, Object> approved = Map.of("value", "APPROVE");

    assertRefused(rest.exchange(ROOT, HttpMethod.PUT,
        "/engine-rest/process-instance/" + id + "/variables/decision", approved));
    assertRefused(rest.post(ROOT, "/engine-rest/process-instance/" + id + "/variables",
        Map.of("modifications", Map.of("decision", approved))));
    assertRefused(rest.post("dana", "/engine-rest/task/" + task + "/variables",
        Map.of("modifications", Map.of("decision", approved))));
    assertRefused(rest.exchange("dana", HttpMethod.PUT,
        "/engine-rest/task/" + task + "/localVariables/decision", approved));
    assertRefused(rest.exchange(ROOT, HttpMethod.PUT,
        "/engine-rest/execution/" + id + "/localVariables/decision", approved));
    assertRefused(rest.post(ROOT, "/engine-rest/process-instance/variables-async", Map.of(
        "processInstanceIds", List.of(id), "variables", Map.of("decision", approved))));
    assertRefused(rest.exchange(ROOT, HttpMethod.DELETE,
        "/engine-rest/process-instance/" + id + "/variables/initiator", null));

    assertThat(runtime.getVariable(id, "decision")).isNull();
    assertThat(runtime.getVariable(id, "initiator")).isEqualTo("alice");
  }

  @Test
  void messagesSignalsAndConditionsAreSentByTheProcessesThemselves() {
    ProcessInstance request = requestAnException();

    assertRefused(rest.post("alice", "/engine-rest/message", Map.of(
        "messageName", "channel-retirement-requested", "all", true,
        "processVariables", Map.of("retirementReason", Map.of("value", "made up")))));
    assertRefused(rest.post(ROOT, "/engine-rest/message", Map.of(
        "messageName", "ExceptionRevoked", "processInstanceId", request.getId())));
    assertRefused(rest.post(ROOT, "/engine-rest/signal", Map.of("name", "anything")));
    assertRefused(rest.post(ROOT, "/engine-rest/condition",
        Map.of("variables", Map.of("x", Map.of("value", 1)))));

    assertThat(activities(request.getId())).containsExactly("Task_DiscussRequest");
  }

  @Test
  void clocksRunOnTheirOwnButAFailedJobMayBeRetried() {
    ProcessInstance request = requestAnException();
    Job reminder = management.createJobQuery().processInstanceId(request.getId())
        .timers().list().get(0);

    assertRefused(rest.post(ROOT, "/engine-rest/job/" + reminder.getId() + "/execute", null));
    assertRefused(rest.exchange(ROOT, HttpMethod.PUT,
        "/engine-rest/job/" + reminder.getId() + "/duedate",
        Map.of("duedate", "2000-01-01T00:00:00.000+0000")));
    assertRefused(rest.exchange(ROOT, HttpMethod.PUT,
        "/engine-rest/job/" + reminder.getId() + "/suspended", Map.of("suspended", true)));
    assertThat(management.createJobQuery().jobId(reminder.getId()).singleResult().getDuedate())
        .isEqualTo(reminder.getDuedate());

    var retry = rest.exchange(ROOT, HttpMethod.PUT,
        "/engine-rest/job/" + reminder.getId() + "/retries", Map.of("retries", 3));
    assertThat(retry.getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void historyIsRemovedOnlyByTheRetentionRules() {
    ProcessInstance request = requestAnException();
    String id = request.getId();

    assertRefused(rest.post(ROOT, "/engine-rest/history/process-instance/set-removal-time",
        Map.of("absoluteRemovalTime", "2000-01-01T00:00:00.000+0000",
            "historicProcessInstanceIds", List.of(id))));
    assertRefused(rest.exchange(ROOT, HttpMethod.PUT, "/engine-rest/process-definition/"
        + request.getProcessDefinitionId() + "/history-time-to-live",
        Map.of("historyTimeToLive", 0)));
    assertRefused(rest.post(ROOT, "/engine-rest/history/process-instance/delete",
        Map.of("historicProcessInstanceIds", List.of(id))));
    assertRefused(rest.exchange(ROOT, HttpMethod.DELETE,
        "/engine-rest/history/process-instance/" + id + "/variable-instances", null));
    String entry = history.createUserOperationLogQuery().processInstanceId(id).list().get(0)
        .getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> actors.as(ROOT,
            () -> history.deleteUserOperationLogEntry(entry)))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("audit record");
    assertRefused(rest.exchange(ROOT, HttpMethod.DELETE,
        "/engine-rest/deployment/" + repository.getProcessDefinition(
            request.getProcessDefinitionId()).getDeploymentId(), null));

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
        .getRemovalTime()).isNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).count())
        .isPositive();
    assertThat(history.createUserOperationLogQuery().processInstanceId(id).count()).isPositive();
  }

  @Test
  void theRuleAppliesToTheJavaApiToo() {
    ProcessInstance request = requestAnException();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> actors.as("dana",
            () -> runtime.setVariable(request.getId(), "decision", "APPROVE")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("completing a task with its form");
  }

  private ProcessInstance requestAnException() {
    return actors.as("alice", () -> runtime.startProcessInstanceByKey("account-exception",
        Map.of("kind", "PRE_EXISTING_RELATIONSHIP", "concernsRole", "CURRENT_LEARNER",
            "concernsReference", "A1042", "reason", "The learner is my niece.",
            "safeguards", "No school matters online.", "requestedMonths", 6)));
  }

  private List<String> activities(String processInstanceId) {
    return List.of(runtime.getActiveActivityIds(processInstanceId).toArray(String[]::new));
  }

  private void assertStartRefused(String user, String key, String activity,
      Map<String, Object> values) {
    String businessKey = UUID.randomUUID().toString();
    var response = rest.post(user, "/engine-rest/process-definition/key/" + key + "/start",
        Map.of("businessKey", businessKey, "variables", RestClient.variables(values),
            "startInstructions", List.of(Map.of(
                "type", "startBeforeActivity", "activityId", activity))));

    assertRefused(response);
    assertThat(response.getBody()).contains("cannot be started part-way through");
    assertThat(history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).count()).isZero();
  }

  private static void assertRefused(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
    assertThat(response.getBody()).containsAnyOf("Every step of the school's processes",
        "History is the school's audit record");
  }
}
