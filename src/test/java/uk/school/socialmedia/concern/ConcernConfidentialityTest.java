package uk.school.socialmedia.concern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.school.socialmedia.concern.ConcernReport.Kind;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * A concern is a safeguarding record: over REST (what Tasklist and Cockpit use) only the people
 * handling it read its tasks, variables and history; everyone else, the reporter included, gets
 * nothing, and a concern about the Head never reaches the Head.
 */
@SchoolSpringTest
class ConcernConfidentialityTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired ConcernReporting reporting;
  @Autowired OutboxRepository outbox;
  @Autowired DemoUsers users;

  RestClient rest;
  Concerns concerns;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    users.apply();
    BpmnAwareTests.init(engine);
    rest = new RestClient(http);
    concerns = new Concerns(engine, reporting, outbox);
  }

  /** Every REST query that could show something of one concern. */
  static List<String> queriesAbout(ProcessInstance concern) {
    String id = concern.getId();
    return List.of(
        "/engine-rest/task?processInstanceId=" + id,
        "/engine-rest/process-instance?processInstanceIds=" + id,
        "/engine-rest/variable-instance?processInstanceIdIn=" + id,
        "/engine-rest/history/process-instance?processInstanceId=" + id,
        "/engine-rest/history/variable-instance?processInstanceId=" + id,
        "/engine-rest/history/task?processInstanceId=" + id,
        "/engine-rest/history/activity-instance?processInstanceId=" + id,
        "/engine-rest/history/detail?processInstanceId=" + id,
        "/engine-rest/history/process-instance?processInstanceBusinessKey="
            + concern.getBusinessKey());
  }

  @Test
  void staffTheOfficeGovernorsTheBusinessManagerAndTheChairSeeNothingOfAConcernAboutALearner()
      throws Exception {
    ProcessInstance concern = concerns.reportAboutALearner("bob");
    concerns.acknowledge(concern, "dana");

    for (String user : List.of("alice", "bob", "olivia", "grace", "brian", "charles")) {
      assertSeesNothing(user, concern);
    }
    assertSeesEverything("dana", concern);
    assertSeesEverything("derek", concern);
    assertSeesEverything("helen", concern);
  }

  @Test
  void aConcernAboutTheHeadIsHiddenFromTheHeadAndOpenToTheChair() throws Exception {
    ProcessInstance concern = concerns.report("alice", Subject.HEAD, Kind.CONCERN, false);

    assertSeesNothing("helen", concern);
    assertSeesNothing("brian", concern);
    assertSeesEverything("charles", concern);
    assertSeesEverything("dana", concern);
    ResponseEntity<String> claim = rest.post("helen",
        "/engine-rest/task/" + concerns.task(concern).getId() + "/claim", Map.of("userId", "helen"));
    assertThat(claim.getStatusCode().is4xxClientError()).as("the Head cannot claim it").isTrue();
    concerns.acknowledge(concern, "charles");
    assertSeesNothing("helen", concern);
  }

  @Test
  void theReporterGetsAReferenceAndAConfirmationAndNothingOfTheHandling() throws Exception {
    ResponseEntity<String> started = rest.post("alice",
        "/engine-rest/process-definition/key/concern-escalation/start",
        Map.of("variables", RestClient.variables(validReport())));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String reference = json.readTree(started.getBody()).path("businessKey").asText();
    assertThat(reference).startsWith("SC-");
    ProcessInstance concern = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    assertThat(concerns.noticesTo("alice", concern)).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).contains(reference));
    assertSeesNothing("alice", concern);
    assertThat(rest.get("alice", "/engine-rest/process-instance/" + concern.getId()
        + "/variables").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anIncompleteReportIsRefusedWith400AndNothingIsStarted() {
    Map<String, Object> report = new LinkedHashMap<>(validReport());
    report.put("whatHappened", "");
    report.put("platform", "   ");
    ResponseEntity<String> refused = rest.post("alice",
        "/engine-rest/process-definition/key/concern-escalation/start",
        Map.of("variables", RestClient.variables(report), "businessKey", "refused-report-test"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("what happened", "where it happened");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("refused-report-test").count()).isZero();
  }

  @Test
  void aTriageWithoutReasonsIsRefusedWith400AndTheTaskStaysOpen() {
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    concerns.acknowledge(concern, "dana");
    String triage = concerns.task(concern).getId();
    rest.post("dana", "/engine-rest/task/" + triage + "/claim", Map.of("userId", "dana"));

    Map<String, Object> variables = new LinkedHashMap<>(
        Concerns.triage(TriageDecision.NO_FURTHER_ACTION));
    variables.put("decisionRationale", "");
    ResponseEntity<String> refused = rest.post("dana", "/engine-rest/task/" + triage + "/complete",
        Map.of("variables", RestClient.variables(variables)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("reasons for the decision");
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Triage");
  }

  @Test
  void noticesAboutAConcernCarryNoDetails() {
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    assertThat(concerns.noticesTo("dana", concern)).isNotEmpty().allSatisfy(notice -> {
      assertThat(notice.getSubject()).isEqualTo("A concern needs your attention");
      assertThat(notice.getBody()).doesNotContain("Facebook", "learner", "screenshot");
    });
  }

  @Test
  void theLongestReportTheFormAcceptsIsKeptWhole() throws Exception {
    Map<String, Object> report = new LinkedHashMap<>(validReport());
    String longest = "x".repeat(ConcernVariables.NARRATIVE_LENGTH - 1) + "\u00e9";
    report.put("whatHappened", longest);
    report.put("actionAlreadyTaken", longest);
    report.put("platform", "p".repeat(ConcernVariables.SHORT_TEXT_LENGTH));
    ResponseEntity<String> started = rest.post("alice",
        "/engine-rest/process-definition/key/concern-escalation/start",
        Map.of("variables", RestClient.variables(report)));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = json.readTree(started.getBody()).path("id").asText();
    assertThat(engine.getRuntimeService().getVariable(id, "whatHappened")).isEqualTo(longest);
    ResponseEntity<String> readBack = rest.get("dana",
        "/engine-rest/process-instance/" + id + "/variables/whatHappened");
    assertThat(json.readTree(readBack.getBody()).path("value").asText()).isEqualTo(longest);
  }

  @Test
  void aReportOrStepLongerThanItsFormAllowsIsRefusedWith400AndNothingChanges() {
    for (String tooLong : List.of("x".repeat(ConcernVariables.NARRATIVE_LENGTH + 1),
        "x".repeat(1024 * 1024))) {
      Map<String, Object> report = new LinkedHashMap<>(validReport());
      report.put("whatHappened", tooLong);
      ResponseEntity<String> refused = rest.post("alice",
          "/engine-rest/process-definition/key/concern-escalation/start",
          Map.of("variables", RestClient.variables(report), "businessKey", "too-long-report"));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("too long, at most 4,000");
    }
    Map<String, Object> longPlace = new LinkedHashMap<>(validReport());
    longPlace.put("platform", "p".repeat(ConcernVariables.SHORT_TEXT_LENGTH + 1));
    assertThat(rest.post("alice", "/engine-rest/process-definition/key/concern-escalation/start",
        Map.of("variables", RestClient.variables(longPlace), "businessKey", "too-long-report"))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("too-long-report").count()).isZero();

    ProcessInstance concern = concerns.reportAboutALearner("alice");
    concerns.acknowledge(concern, "dana");
    String triage = concerns.task(concern).getId();
    rest.post("dana", "/engine-rest/task/" + triage + "/claim", Map.of("userId", "dana"));
    Map<String, Object> variables = new LinkedHashMap<>(
        Concerns.triage(TriageDecision.NO_FURTHER_ACTION));
    variables.put("decisionRationale", "r".repeat(1024 * 1024));
    ResponseEntity<String> refused = rest.post("dana", "/engine-rest/task/" + triage + "/complete",
        Map.of("variables", RestClient.variables(variables)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("too long, at most 4,000 characters");
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Triage");
    assertThat(engine.getRuntimeService().getVariable(concern.getId(), "decisionRationale"))
        .isNull();

    variables.put("decisionRationale", "r".repeat(ConcernVariables.NARRATIVE_LENGTH));
    assertThat(rest.post("dana", "/engine-rest/task/" + triage + "/complete",
        Map.of("variables", RestClient.variables(variables))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getRuntimeService().getVariable(concern.getId(), "decisionRationale"))
        .isEqualTo("r".repeat(ConcernVariables.NARRATIVE_LENGTH));
  }

  @Test
  void aHandlerCannotRewriteTheReportOverRest() {
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    String acknowledge = concerns.task(concern).getId();
    rest.post("dana", "/engine-rest/task/" + acknowledge + "/claim", Map.of("userId", "dana"));

    ResponseEntity<String> refused = rest.post("dana",
        "/engine-rest/task/" + acknowledge + "/submit-form",
        Map.of("variables", RestClient.variables(Map.of("acknowledged", true,
            "whatHappened", "Nothing worth reporting."))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("What happened");
    assertThat(engine.getRuntimeService().getVariable(concern.getId(), "whatHappened"))
        .isEqualTo("A comment on the class page named a learner and made fun of them.");
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Acknowledge");
  }

  private static Map<String, Object> validReport() {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("kindOfReport", "PERSONAL_ACCOUNT_CONTACT");
    report.put("aboutWhom", "LEARNER");
    report.put("immediateRisk", false);
    report.put("whatHappened", "A Year 6 learner sent me a friend request and a message.");
    report.put("whenItHappened", Concerns.today().toString());
    report.put("platform", "Instagram");
    report.put("accountType", "PERSONAL");
    report.put("actionAlreadyTaken", "Did not reply; took a screenshot.");
    return report;
  }

  private void assertSeesNothing(String user, ProcessInstance concern) throws Exception {
    for (String query : queriesAbout(concern)) {
      ResponseEntity<String> response = rest.get(user, query);
      assertThat(response.getStatusCode()).as("%s: %s", user, query).isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(response.getBody())).as("%s: %s", user, query).isEmpty();
    }
  }

  private void assertSeesEverything(String user, ProcessInstance concern) throws Exception {
    for (String query : queriesAbout(concern)) {
      if (query.contains("/engine-rest/task?") && !concerns.candidateGroups(concern).stream()
          .anyMatch(group -> isMember(user, group))) {
        continue; // a reader who is not offered the current step sees the record, not the task
      }
      JsonNode result = json.readTree(rest.get(user, query).getBody());
      assertThat(result.isArray() && !result.isEmpty()).as("%s: %s", user, query).isTrue();
    }
  }

  private boolean isMember(String user, String group) {
    return engine.getIdentityService().createUserQuery().userId(user).memberOfGroup(group)
        .count() > 0;
  }
}
