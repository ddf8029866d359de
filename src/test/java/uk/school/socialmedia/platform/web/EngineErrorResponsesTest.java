package uk.school.socialmedia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;
import uk.school.socialmedia.testsupport.WebappSession;

/**
 * What a caller did wrong is answered with the right 4xx and words a person can act on, on both
 * of Camunda's REST surfaces: /engine-rest and the webapps' engine API that Tasklist uses. Each
 * case answered 500 before, with engine codes in the message.
 */
@SchoolSpringTest
class EngineErrorResponsesTest {

  enum Surface { ENGINE_REST, WEBAPP }

  /** One person calling one surface. */
  interface Caller {
    ResponseEntity<String> call(HttpMethod method, String enginePath, Object body);
  }

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;

  final ObjectMapper json = new ObjectMapper();
  final List<String> grants = new ArrayList<>();
  Deployment standIns;

  @BeforeEach
  void deployStandIns() {
    users.apply();
    standIns = repository.createDeployment()
        .addModelInstance("web-errors.bpmn", Bpmn.createExecutableProcess("web-errors")
            .camundaHistoryTimeToLive(1)
            .startEvent("asked")
            .camundaFormRef("web-errors-asked").camundaFormRefBinding("deployment")
            .camundaExecutionListenerClass("start", NeedsAReason.class.getName())
            .userTask("check").name("Check").camundaCandidateGroups("staff")
            .camundaFormRef("web-errors-check").camundaFormRefBinding("deployment")
            .camundaTaskListenerClass("complete", NeedsAReason.class.getName())
            .endEvent()
            .done())
        .addModelInstance("changed-meanwhile.bpmn", Bpmn.createExecutableProcess("changed-meanwhile")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("edit").name("Edit").camundaCandidateGroups("staff")
            .camundaFormRef("web-errors-edit").camundaFormRefBinding("deployment")
            .camundaTaskListenerClass("complete", ChangedMeanwhile.class.getName())
            .endEvent()
            .done())
        .addModelInstance("buggy.bpmn", Bpmn.createExecutableProcess("buggy")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("fail").name("Fail").camundaCandidateGroups("staff")
            .camundaTaskListenerClass("complete", BuggyListener.class.getName())
            .endEvent()
            .done())
        // a form for each step: the server accepts only the fields a form lets its user edit
        .addString("web-errors-asked.form", form("web-errors-asked", "subject"))
        .addString("web-errors-check.form", form("web-errors-check", "reason", "details"))
        .addString("web-errors-edit.form", form("web-errors-edit", "note"))
        .deploy();
    // as the product grants staff on its own processes (identity.AuthorizationSetup)
    grant(Resources.PROCESS_DEFINITION, "web-errors", Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(Resources.PROCESS_DEFINITION, "changed-meanwhile", Permissions.READ);
    grant(Resources.PROCESS_DEFINITION, "buggy", Permissions.READ);
    grant(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
  }

  private static String form(String id, String... textFields) {
    StringBuilder components = new StringBuilder();
    for (String field : textFields) {
      components.append(components.isEmpty() ? "" : ",").append("{\"type\":\"textfield\",")
          .append("\"key\":\"").append(field).append("\",\"label\":\"").append(field)
          .append("\",\"id\":\"Field_").append(field).append("\"}");
    }
    return "{\"id\":\"" + id + "\",\"type\":\"default\",\"schemaVersion\":16,"
        + "\"components\":[" + components + "]}";
  }

  @AfterEach
  void removeStandIns() {
    grants.forEach(authorizations::deleteAuthorization);
    repository.deleteDeployment(standIns.getId(), true);
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void aBrokenRuleOnATaskIsA400WithTheRulesOwnWordsOnly(Surface surface) throws Exception {
    String task = newCheckTask();

    var refused = as(surface, "alice").call(HttpMethod.POST, "/task/" + task + "/submit-form",
        Map.of("variables", Map.of()));

    assertRefused(refused, HttpStatus.BAD_REQUEST, NeedsAReason.NO_REASON);
    assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void aBrokenRuleAtTheStartIsA400WithTheRulesOwnWordsOnly(Surface surface) throws Exception {
    var refused = as(surface, "alice").call(HttpMethod.POST,
        "/process-definition/key/web-errors/submit-form", Map.of("variables", Map.of()));

    assertRefused(refused, HttpStatus.BAD_REQUEST, NeedsAReason.NO_SUBJECT);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("web-errors").count())
        .isZero();
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void anIncompleteChannelProposalShowsThePolicysWordsAsTasklistSubmitsIt(Surface surface)
      throws Exception {
    long before = runtime.createProcessInstanceQuery()
        .processDefinitionKey("channel-risk-assessment").count();

    var refused = as(surface, "alice").call(HttpMethod.POST,
        "/process-definition/key/channel-risk-assessment/submit-form",
        Map.of("variables", Map.of()));

    assertRefused(refused, HttpStatus.BAD_REQUEST, null);
    assertThat(message(refused))
        .contains("the channel's educational or community engagement objectives");
    assertThat(json.readTree(refused.getBody()).path("problems")).isNotEmpty();
    assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey("channel-risk-assessment").count()).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void aSerializedJavaObjectIsRefused(Surface surface) throws Exception {
    String task = newCheckTask();

    var refused = as(surface, "alice").call(HttpMethod.POST, "/task/" + task + "/complete",
        Map.of("variables", Map.of("reason", Map.of(
            "type", "Object",
            // a java.lang.String "hello" in Java's serialization format
            "value", "rO0ABXQABWhlbGxv",
            "valueInfo", Map.of(
                "objectTypeName", "java.lang.String",
                "serializationDataFormat", "application/x-java-serialized-object")))));

    assertRefused(refused, HttpStatus.BAD_REQUEST, null);
    assertThat(message(refused)).contains("reason", "Java's serialization format",
        "Send plain values");
    assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void aMalformedJsonValueIsRefused(Surface surface) throws Exception {
    String task = newCheckTask();

    var refused = as(surface, "alice").call(HttpMethod.POST, "/task/" + task + "/complete",
        Map.of("variables", Map.of(
            "reason", Map.of("value", "fine"),
            "details", Map.of("type", "Json", "value", "{\"not\": json"))));

    assertRefused(refused, HttpStatus.BAD_REQUEST, null);
    assertThat(message(refused)).contains("\"details\"", "not valid JSON");
    assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void aTaskCompletedTwiceOrGoneIsA404ThatSaysSo(Surface surface) throws Exception {
    String task = newCheckTask();
    Caller alice = as(surface, "alice");
    Map<String, Object> done = Map.of("variables", Map.of("reason", Map.of("value", "done")));

    assertThat(alice.call(HttpMethod.POST, "/task/" + task + "/complete", done).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    var again = alice.call(HttpMethod.POST, "/task/" + task + "/complete", done);
    var submittedAgain = alice.call(HttpMethod.POST, "/task/" + task + "/submit-form", done);
    var claimedAfterwards = alice.call(HttpMethod.POST, "/task/" + task + "/claim",
        Map.of("userId", "alice"));

    for (var gone : List.of(again, submittedAgain, claimedAfterwards)) {
      assertRefused(gone, HttpStatus.NOT_FOUND, EngineErrorResponses.TASK_GONE);
    }
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void aTaskAlreadyClaimedBySomeoneElseIsAConflict(Surface surface) throws Exception {
    String task = newCheckTask();
    tasks.claim(task, "alice");

    var refused = as(surface, "bob").call(HttpMethod.POST, "/task/" + task + "/claim",
        Map.of("userId", "bob"));

    assertRefused(refused, HttpStatus.CONFLICT, EngineErrorResponses.ALREADY_CLAIMED);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee())
        .isEqualTo("alice");
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void aChangeMadeBySomeoneElseAtTheSameTimeIsAConflict(Surface surface) throws Exception {
    String instance = runtime.startProcessInstanceByKey("changed-meanwhile",
        Variables.putValue("note", "first")).getId();
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

    var refused = as(surface, "alice").call(HttpMethod.POST, "/task/" + task + "/complete",
        Map.of("variables", Map.of("note", Map.of("value", "mine"))));

    assertRefused(refused, HttpStatus.CONFLICT, EngineErrorResponses.CHANGED_MEANWHILE);
    assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(runtime.getVariable(instance, "note")).isEqualTo("changed meanwhile");
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void aNegativePageIsA400(Surface surface) throws Exception {
    Caller alice = as(surface, "alice");
    for (String query : List.of("/task?maxResults=-5", "/task?firstResult=-1",
        "/history/process-instance?firstResult=-1&maxResults=10")) {
      var refused = alice.call(HttpMethod.GET, query, null);
      assertRefused(refused, HttpStatus.BAD_REQUEST, null);
      assertThat(message(refused)).as(query).contains("0 or more");
    }
    var postedQuery = alice.call(HttpMethod.POST, "/task?maxResults=-5", Map.of());
    assertRefused(postedQuery, HttpStatus.BAD_REQUEST, null);
    assertThat(alice.call(HttpMethod.GET, "/task?firstResult=0&maxResults=5", null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void anUnknownProcessIsA404ThatNamesIt(Surface surface) throws Exception {
    var refused = as(surface, "alice").call(HttpMethod.POST,
        "/process-definition/key/no-such-process/start",
        Map.of("variables", Map.of("subject", Map.of("value", "test"))));

    assertRefused(refused, HttpStatus.NOT_FOUND, null);
    assertThat(message(refused)).contains("no-such-process");
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void aFaultOfTheServerItselfStaysA500(Surface surface) throws Exception {
    String instance = runtime.startProcessInstanceByKey("buggy").getId();
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

    var failed = as(surface, "alice").call(HttpMethod.POST, "/task/" + task + "/complete",
        Map.of("variables", Map.of()));

    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
  }

  private String newCheckTask() {
    String instance = runtime.startProcessInstanceByKey("web-errors",
        Variables.putValue("subject", "a stand-in")).getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private Caller as(Surface surface, String user) {
    if (surface == Surface.ENGINE_REST) {
      RestClient rest = new RestClient(http);
      return (method, path, body) -> rest.exchange(user, method, "/engine-rest" + path, body);
    }
    WebappSession session = new WebappSession(http).signIn(user);
    return (method, path, body) -> session.exchange(method, WebappSession.ENGINE + path, body);
  }

  private void grant(Resources resource, String resourceId, Permissions... permissions) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("alice");
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permissions permission : permissions) {
      grant.addPermission(permission);
    }
    grants.add(authorizations.saveAuthorization(grant).getId());
  }

  private String message(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody()).path("message").asText();
  }

  /** The status, and a message without engine codes, ids or Java wording. */
  private void assertRefused(ResponseEntity<String> response, HttpStatus status, String exactly)
      throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    JsonNode body = json.readTree(response.getBody());
    String message = body.path("message").asText();
    if (exactly != null) {
      assertThat(message).isEqualTo(exactly);
    }
    assertThat(message).isNotBlank()
        .doesNotContainPattern("ENGINE-\\d+")
        .doesNotContain("Exception", "exception", "java.", "Cannot complete task",
            "Cannot submit task form");
  }
}
