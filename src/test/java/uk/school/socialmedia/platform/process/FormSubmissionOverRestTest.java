package uk.school.socialmedia.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;
import uk.school.socialmedia.testsupport.WebappSession;

/**
 * A start or task form takes over REST exactly what it lets its user edit, as Tasklist sends
 * it: anything else gets a 400 naming the field, and nothing is started or changed.
 */
@SchoolSpringTest
class FormSubmissionOverRestTest {

  private static final String START = "/engine-rest/process-definition/key/%s/start";

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  RestClient rest;

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
  }

  @Test
  void aPostedInitiatorIsRefusedAndTheRequestStaysTheRequesters() {
    // as found: bob's request with initiator=helen went to the chair and bob lost access to it
    Map<String, Object> request = exceptionRequest();
    request.put("initiator", "helen");

    assertNothingStarted("bob", "account-exception", request,
        "'initiator' is not a field of this form");
  }

  @Test
  void aHandlerCannotRewriteWhatTheReporterWrote() {
    String key = startConcern();
    Task acknowledge = tasks.createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("Task_Acknowledge").singleResult();

    var response = rest.post("dana", "/engine-rest/task/" + acknowledge.getId() + "/complete",
        Map.of("variables", RestClient.variables(Map.of(
            "acknowledged", true,
            "acknowledgementNote", "Spoke to the learner.",
            "whatHappened", "Nothing much happened."))));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("'What happened' is shown for information only");
    assertThat(tasks.createTaskQuery().taskId(acknowledge.getId()).count()).isOne();
    assertThat(history.createHistoricVariableInstanceQuery()
        .processInstanceId(acknowledge.getProcessInstanceId()).variableName("whatHappened")
        .singleResult().getValue()).isEqualTo("A comment on the class page made fun of a learner.");
  }

  @Test
  void tasklistsOwnEngineApiAppliesTheSameRules() {
    String key = startConcern();
    Task acknowledge = tasks.createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("Task_Acknowledge").singleResult();
    WebappSession dana = new WebappSession(http).signIn("dana");

    var response = dana.post(WebappSession.ENGINE + "/task/" + acknowledge.getId()
        + "/submit-form", Map.of("variables", RestClient.variables(Map.of(
            "acknowledged", true, "whatHappened", "Nothing much happened."))));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("'What happened' is shown for information only");
    assertThat(tasks.createTaskQuery().taskId(acknowledge.getId()).count()).isOne();

    Map<String, Object> request = exceptionRequest();
    request.put("initiator", "helen");
    String businessKey = UUID.randomUUID().toString();
    var start = new WebappSession(http).signIn("bob").post(WebappSession.ENGINE
        + "/process-definition/key/account-exception/submit-form",
        Map.of("businessKey", businessKey, "variables", RestClient.variables(request)));
    assertThat(start.getStatusCode().value()).isEqualTo(400);
    assertThat(start.getBody()).contains("'initiator' is not a field of this form");
    assertThat(history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).count()).isZero();
  }

  @Test
  void aFieldHiddenByTheAnswersGivenCannotBeSent() {
    ProcessInstance request = new Actors(identity).as("alice",
        () -> runtime.startProcessInstanceByKey("account-exception", exceptionRequest()));
    Task discussion = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult();
    new Actors(identity).as("dana", () -> tasks.complete(discussion.getId(), Map.of(
        "discussionOutcome", "Discussed; boundaries agreed.", "recommendation", "REFUSE",
        "recommendationRationale", "No need for contact outside school.")));
    Task decision = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult();

    var response = rest.post("helen", "/engine-rest/task/" + decision.getId() + "/complete",
        Map.of("variables", RestClient.variables(Map.of(
            "decision", "REFUSE",
            "conditions", "Only messages about homework.",
            "decisionRationale", "No need for contact outside school."))));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("does not apply to the answers given");
    assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).isOne();
    assertThat(runtime.getVariable(request.getId(), "conditions")).isNull();
  }

  @Test
  void textLongerThanTheFormTakesIsRefusedWithItsLimitAndNothingStarts() {
    Map<String, Object> request = exceptionRequest();
    request.put("reason", "a".repeat(5_000));
    assertNothingStarted("alice", "account-exception", request, "too long, at most 4,000 characters");

    Map<String, Object> concern = concernReport();
    concern.put("whatHappened", "b".repeat(1_000_000));
    assertNothingStarted("alice", "concern-escalation", concern, "too long, at most 4,000");
    concern.put("whatHappened", "b".repeat(3_000_000));
    String key = UUID.randomUUID().toString();
    var huge = rest.post("alice", START.formatted("concern-escalation"),
        Map.of("businessKey", key, "variables", RestClient.variables(concern)));
    assertThat(huge.getStatusCode().value()).isEqualTo(413);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .count()).isZero();
  }

  @Test
  void valuesOfTheWrongKindAreRefused() {
    Map<String, Object> variables = RestClient.variables(exceptionRequest());
    variables.put("reason", Map.of("value", true));
    variables.put("requestedMonths", Map.of("value", "six"));
    variables.put("kind", Map.of("value", "SOMETHING_ELSE"));
    variables.put("safeguards", Map.of("type", "Object", "value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
        "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
            "serializationDataFormat", "application/x-java-serialized-object")));
    String key = UUID.randomUUID().toString();

    var response = rest.post("alice", START.formatted("account-exception"),
        Map.of("businessKey", key, "variables", variables));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("must be text", "must be a number",
        "must be one of its choices", "Java's serialization format");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .count()).isZero();
  }

  @Test
  void whatCannotBeReadAsAFormIsRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth("alice", "alice");
    var response = http.exchange(START.formatted("account-exception"), HttpMethod.POST,
        new HttpEntity<>("{\"variables\": {\"reason\": ", headers), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("could not be read");
  }

  @Test
  void aCompleteAndCorrectFormIsAccepted() {
    String key = UUID.randomUUID().toString();
    var response = rest.post("alice", START.formatted("account-exception"),
        Map.of("businessKey", key, "variables", RestClient.variables(exceptionRequest())));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .singleResult().getStartUserId()).isEqualTo("alice");
  }

  private void assertNothingStarted(String user, String process, Map<String, Object> form,
      String problem) {
    String key = UUID.randomUUID().toString();
    var response = rest.post(user, START.formatted(process),
        Map.of("businessKey", key, "variables", RestClient.variables(form)));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains(problem);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .count()).isZero();
  }

  private String startConcern() {
    String key = UUID.randomUUID().toString();
    var response = rest.post("alice", START.formatted("concern-escalation"),
        Map.of("businessKey", key, "variables", RestClient.variables(concernReport())));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    String id = com.jayway.jsonpath.JsonPath.read(response.getBody(), "$.id");
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult()
        .getBusinessKey();
  }

  private static Map<String, Object> exceptionRequest() {
    Map<String, Object> request = new HashMap<>();
    request.put("kind", "PRE_EXISTING_RELATIONSHIP");
    request.put("concernsRole", "CURRENT_LEARNER");
    request.put("concernsReference", "A1042");
    request.put("reason", "The learner is my niece.");
    request.put("safeguards", "No school matters online; my line manager knows.");
    request.put("requestedMonths", 6);
    return request;
  }

  private static Map<String, Object> concernReport() {
    Map<String, Object> report = new HashMap<>();
    report.put("kindOfReport", "CONCERN");
    report.put("aboutWhom", "LEARNER");
    report.put("immediateRisk", false);
    report.put("whatHappened", "A comment on the class page made fun of a learner.");
    report.put("whenItHappened", java.time.LocalDate.now().minusDays(1).toString());
    report.put("platform", "Facebook");
    report.put("accountType", "OFFICIAL");
    report.put("actionAlreadyTaken", "Took a screenshot and hid the comment.");
    return report;
  }
}
