package uk.school.socialmedia.audit.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.concern.ConcernReporting;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * A legal hold (docs/retention.md) is placed and released over the product API by the Head or
 * the DSL only, always with a reason, on a record whose history they may read; a refusal changes
 * nothing.
 */
@SchoolSpringTest
class LegalHoldRestTest {

  static final String HOLDS = "/api/retention/holds";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired ConcernReporting reporting;
  @Autowired DemoUsers users;
  @Autowired LegalHoldRepository register;

  RestClient rest;
  RetentionFixtures fixtures;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
    fixtures = new RetentionFixtures(engine, reporting);
  }

  @Test
  void theHeadHoldsAnEndedConcernItsRemovalTimeIsClearedAndTheDslReleasesItWithAReason()
      throws Exception {
    ProcessInstance concern = fixtures.closedConcernAboutALearner(
        Map.of("learnerDateOfBirth", "2016-03-14"));
    var removalTime = fixtures.history(concern).getRemovalTime();
    assertThat(removalTime).isNotNull();

    ResponseEntity<String> placed = rest.post("helen", HOLDS, Map.of(
        "processInstanceId", concern.getId(), "reason", "Subject access request under way."));
    assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode hold = json.readTree(placed.getBody());
    assertThat(hold.path("heldBy").asText()).isEqualTo("helen");
    assertThat(hold.path("processDefinitionKey").asText()).isEqualTo("concern-escalation");
    fixtures.runRemovalTimeBatches();
    assertThat(fixtures.history(concern).getRemovalTime()).isNull();
    assertThat(standingHoldIds("dana")).contains(hold.path("id").asLong());

    ResponseEntity<String> noReason = rest.post("dana",
        HOLDS + "/" + hold.path("id").asLong() + "/release", Map.of("reason", " "));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("reason for releasing");
    assertThat(standingHoldIds("dana")).contains(hold.path("id").asLong());

    ResponseEntity<String> released = rest.post("dana",
        HOLDS + "/" + hold.path("id").asLong() + "/release", Map.of("reason", "Request answered."));
    assertThat(released.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(released.getBody()).path("releasedBy").asText()).isEqualTo("dana");
    fixtures.runRemovalTimeBatches();
    assertThat(fixtures.history(concern).getRemovalTime()).isEqualTo(removalTime);
    assertThat(standingHoldIds("helen")).doesNotContain(hold.path("id").asLong());
  }

  @Test
  void onlyTheHeadAndTheDslPlaceHoldsAndNeverWithoutAReason() throws Exception {
    ProcessInstance concern = fixtures.reportConcern(Subject.LEARNER);
    Map<String, String> request = Map.of("processInstanceId", concern.getId(),
        "reason", "Relevant to the national inquiry.");

    for (String user : List.of("grace", "alice", "derek", "brian", "charles")) {
      assertThat(rest.post(user, HOLDS, request).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(rest.get(user, HOLDS).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> noReason = rest.post("dana", HOLDS,
        Map.of("processInstanceId", concern.getId(), "reason", ""));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("reason for the legal hold");
    ResponseEntity<String> noInstance = rest.post("dana", HOLDS, Map.of("reason", "Inquiry."));
    assertThat(noInstance.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(holdsOn(concern)).isEmpty();
  }

  @Test
  void theHeadCannotHoldOrSeeAHoldOnAConcernAboutTheHead() throws Exception {
    ProcessInstance concern = fixtures.reportConcern(Subject.HEAD);
    Map<String, String> request = Map.of("processInstanceId", concern.getId(),
        "reason", "Relevant to an employment tribunal.");

    ResponseEntity<String> byTheHead = rest.post("helen", HOLDS, request);
    assertThat(byTheHead.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(holdsOn(concern)).isEmpty();

    ResponseEntity<String> byTheDsl = rest.post("dana", HOLDS, request);
    assertThat(byTheDsl.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(byTheDsl.getBody()).path("id").asLong();
    assertThat(standingHoldIds("dana")).contains(id);
    assertThat(standingHoldIds("helen")).doesNotContain(id);
    assertThat(rest.post("helen", HOLDS + "/" + id + "/release", Map.of("reason", "Not needed."))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(holdsOn(concern)).singleElement().satisfies(hold -> {
      assertThat(hold.isStanding()).isTrue();
      assertThat(hold.getHeldBy()).isEqualTo("dana");
    });
  }

  @Test
  void releasingAHoldOnARecordTheCallerMayNotReadAnswersAsAHoldThatDoesNotExist()
      throws Exception {
    ProcessInstance concern = fixtures.reportConcern(Subject.HEAD);
    ResponseEntity<String> placed = rest.post("dana", HOLDS, Map.of(
        "processInstanceId", concern.getId(), "reason", "Relevant to an employment tribunal."));
    long id = json.readTree(placed.getBody()).path("id").asLong();
    long unknown = register.findAll().stream().mapToLong(LegalHold::getId).max().orElseThrow()
        + 1000;

    ResponseEntity<String> notHers = rest.post("helen", HOLDS + "/" + id + "/release",
        Map.of("reason", "Not needed."));
    ResponseEntity<String> none = rest.post("helen", HOLDS + "/" + unknown + "/release",
        Map.of("reason", "Not needed."));

    assertThat(notHers.getStatusCode()).isEqualTo(none.getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(notHers.getBody()).path("message").asText())
        .isEqualTo("No legal hold " + id + ".");
    assertThat(json.readTree(none.getBody()).path("message").asText())
        .isEqualTo("No legal hold " + unknown + ".");
    assertThat(notHers.getBody()).doesNotContain(concern.getId(), "process instance");
    assertThat(holdsOn(concern)).singleElement()
        .satisfies(hold -> assertThat(hold.isStanding()).isTrue());
  }

  private List<Long> standingHoldIds(String user) throws Exception {
    ResponseEntity<String> response = rest.get(user, HOLDS);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody()).findValues("id").stream()
        .map(JsonNode::asLong).toList();
  }

  private List<LegalHold> holdsOn(ProcessInstance instance) {
    return register.findAll().stream()
        .filter(hold -> hold.getProcessInstanceId().equals(instance.getId())).toList();
  }
}
