package uk.school.socialmedia.post;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.school.socialmedia.post.PostFixtures.NOW;
import static uk.school.socialmedia.post.PostFixtures.SCHEDULED;
import static uk.school.socialmedia.post.PostFixtures.draft;
import static uk.school.socialmedia.post.PostFixtures.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.school.socialmedia.aup.SignedStaff;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.notification.OutboxMessage;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.Refusals;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * A safeguarding concern seen in a post review is written only in the concern it starts: the
 * post's history, which the author, every colleague offered the review and the post's overseers
 * (the Head among them) can read, never holds what the reviewer saw or whom it is about.
 * Driven over REST, as Tasklist drives it.
 */
@SchoolSpringTest
class ConcernRaisedInReviewTest {

  static final String TEXT = "Sports day photos: the caption names a learner in foster care.";
  static final String WHAT_BOB_SAW = "The author's caption hints at the Head's conduct towards"
      + " a learner at the farm visit (marker 7Q4Z).";
  static final String MARKER = "7Q4Z";

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired PostRegister register;
  @Autowired OutboxRepository outbox;
  @Autowired DemoUsers users;
  @Autowired TestRestTemplate http;

  RestClient rest;
  PostFixtures fixtures;
  long channel;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    users.apply();
    rest = new RestClient(http);
    fixtures = new PostFixtures(context, new Actors(identity));
    PostFixtures.moveClockTo(NOW);
    new SignedStaff(context).ensureSigned("alice");
    channel = fixtures.channel("ACTIVE", "brian");
  }

  @Test
  void aConcernWrittenIntoTheReviewIsRefusedAndLeavesNothingInThePostsHistory() {
    ProcessInstance post = submitted();
    String reviewTask = claimReview(post, "bob");
    // the review as it was first probed: the concern in the reasons, with whom it is about
    Map<String, Object> asFound = raiseConcern();
    asFound.put("reviewRationale", WHAT_BOB_SAW);

    ResponseEntity<String> refused = rest.post("bob", "/engine-rest/task/" + reviewTask
        + "/submit-form", Map.of("variables", RestClient.variables(asFound)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // the form hides the reasons for this choice, so the server refuses them before the step runs
    assertThat(refused.getBody()).contains("'Your reasons' does not apply to the answers given");
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ReviewPost");
    // not even for a moment: the refused completion was rolled back with everything it wrote
    assertThat(history.createHistoricDetailQuery().processInstanceId(post.getId()).list())
        .noneMatch(detail -> String.valueOf(detail).contains(MARKER));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(post.getId())
        .variableName("reviewRationale").count()).isZero();
    assertThat(tasks.getProcessInstanceComments(post.getId())).isEmpty();
  }

  @Test
  void theReviewerDescribesTheConcernOnlyInTheConcernAndNobodyReadsItFromThePost() {
    ProcessInstance post = submitted();
    String reviewTask = claimReview(post, "bob");

    ResponseEntity<String> raised = rest.post("bob", "/engine-rest/task/" + reviewTask
        + "/submit-form", Map.of("variables", RestClient.variables(raiseConcern())));
    assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    HistoricProcessInstance concern = concernOf(post);
    Task describe = describeTask(concern);
    // Tasklist opens the concern's own report form for the reviewer, in "My tasks"
    assertThat(rest.get("bob", "/engine-rest/task?assignee=bob").getBody())
        .contains(describe.getId());
    ResponseEntity<String> form = rest.get("bob", "/engine-rest/task/" + describe.getId()
        + "/deployed-form");
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("\"whatHappened\"", "\"aboutWhom\"");
    ResponseEntity<String> described = rest.post("bob", "/engine-rest/task/" + describe.getId()
        + "/submit-form", Map.of("variables", RestClient.variables(description(WHAT_BOB_SAW))));
    assertThat(described.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // the concern holds the text, and its reporter is the reviewer as the engine recorded them
    assertThat(concern.getStartUserId()).isEqualTo("bob");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(concern.getId())
        .variableName("whatHappened").singleResult().getValue()).isEqualTo(WHAT_BOB_SAW);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(concern.getId())
        .variableName("sourceReference").singleResult().getValue()).isEqualTo(post.getId());
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(concern.getId())
        .taskDefinitionKey("Task_DescribeConcern").singleResult().getAssignee()).isEqualTo("bob");
    // about the Head: it follows the concern's own route, to the chair, never to the Head
    assertThat(tasks.createTaskQuery().processInstanceId(concern.getId()).singleResult()
        .getTaskDefinitionKey()).isEqualTo("Task_Acknowledge");
    for (String outsider : List.of("helen", "bob", "alice", "carol")) {
      assertThat(rest.get(outsider, "/engine-rest/history/variable-instance?processInstanceId="
          + concern.getId()).getBody()).as(outsider).doesNotContain(MARKER);
    }

    // the author, the reviewer, another colleague offered the review and the Head read the post
    for (String user : List.of("alice", "bob", "carol", "helen")) {
      for (String query : List.of(
          "/engine-rest/history/variable-instance?processInstanceId=" + post.getId(),
          "/engine-rest/history/detail?processInstanceId=" + post.getId(),
          "/engine-rest/history/task?processInstanceId=" + post.getId(),
          "/engine-rest/task/" + reviewTask + "/comment")) {
        ResponseEntity<String> read = rest.get(user, query);
        assertThat(read.getStatusCode().is5xxServerError()).as(user + " " + query).isFalse();
        assertThat(read.getBody()).as(user + " " + query).doesNotContain(MARKER, "\"HEAD\"",
            "concernAbout", "aboutWhom", "whatHappened", "immediateRisk",
            concern.getBusinessKey());
      }
    }
    // the Head oversees posts and does read this one: there is simply nothing of the concern in it
    assertThat(rest.get("helen", "/engine-rest/history/variable-instance?processInstanceId="
        + post.getId()).getBody()).contains("\"reviewDecision\"", "RAISE_CONCERN");
    // only the register keeps the concern's reference
    assertThat(register.require(post.getId()).getConcernReference())
        .isEqualTo(concern.getBusinessKey());
  }

  @Test
  void theReviewersDescriptionCannotBeGivenToOrCompletedByAnyoneElse() {
    ProcessInstance post = submitted();
    fixtures.complete("bob", post, "Task_ReviewPost", raiseConcern());
    Task describe = describeTask(concernOf(post));
    Map<String, Object> body = Map.of("variables",
        RestClient.variables(description("Written by someone else.")));

    for (String user : List.of("carol", "dana", "alice", "admin")) {
      ResponseEntity<String> completed = rest.post(user, "/engine-rest/task/" + describe.getId()
          + "/submit-form", body);
      assertThat(completed.getStatusCode().is4xxClientError()).as(user).isTrue();
    }
    ResponseEntity<String> reassigned = rest.post("admin", "/engine-rest/task/"
        + describe.getId() + "/assignee", Map.of("userId", "dana"));
    assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // nor does the engine itself hand it on
    assertThat(Refusals.assertRefused(() -> tasks.setAssignee(describe.getId(), "dana"))
        .getMessage()).contains("Only the colleague who raised this concern");

    Task still = tasks.createTaskQuery().taskId(describe.getId()).singleResult();
    assertThat(still.getAssignee()).isEqualTo("bob");
    assertThat(history.createHistoricVariableInstanceQuery()
        .processInstanceId(describe.getProcessInstanceId()).variableName("whatHappened").count())
        .isZero();
  }

  @Test
  void aDescriptionLongerThanTheEngineKeepsIsRefusedWithAClearMessage() {
    ProcessInstance post = submitted();
    fixtures.complete("bob", post, "Task_ReviewPost", raiseConcern());
    Task describe = describeTask(concernOf(post));

    ResponseEntity<String> tooLong = rest.post("bob", "/engine-rest/task/" + describe.getId()
        + "/submit-form", Map.of("variables", RestClient.variables(description("x".repeat(4001)))));

    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody()).contains("too long", "4,000 characters");
    assertThat(tasks.createTaskQuery().taskId(describe.getId()).count()).isOne();
  }

  @Test
  void aPostStoppedForAConcernIsNeverPublished() {
    ProcessInstance post = submitted();
    fixtures.complete("bob", post, "Task_ReviewPost", raiseConcern());

    BpmnAwareTests.assertThat(post).hasPassed("End_ConcernRaised").hasNotPassed(
        "Timer_ScheduledTime", "Task_PublishPost").isEnded();
    PostFixtures.moveClockTo(SCHEDULED.plusSeconds(3600));
    assertThat(management.createJobQuery().processInstanceId(post.getId()).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(post.getId()).count()).isZero();
    Post stopped = register.require(post.getId());
    assertThat(stopped.getStatus()).isEqualTo(PostStatus.STOPPED);
    assertThat(stopped.getPublishedAt()).isNull();
    assertThat(register.published()).noneMatch(p -> p.getProcessInstanceId().equals(post.getId()));
  }

  @Test
  void aConcernNeverDescribedRemindsTheReviewerThenTellsTheDslWithThePostsReferenceOnly() {
    ProcessInstance post = submitted();
    fixtures.complete("bob", post, "Task_ReviewPost", raiseConcern());
    HistoricProcessInstance concern = concernOf(post);

    runJob(concern, "Timer_DescribeReminder");
    assertThat(notices("bob", concern)).singleElement().satisfies(reminder -> {
      assertThat(reminder.getSubject()).contains("describe the safeguarding concern");
      assertThat(reminder.getBody()).contains("Describe the concern");
    });
    assertThat(notices("dana", concern)).isEmpty();

    runJob(concern, "Timer_DescribeOverdue");
    for (String lead : List.of("dana", "derek")) {
      assertThat(notices(lead, concern)).singleElement().satisfies(alert -> {
        assertThat(alert.getSubject()).contains("not yet described");
        assertThat(alert.getBody()).contains(post.getId()).doesNotContain("bob", "Bob");
      });
    }
    for (String other : List.of("alice", "carol", "helen", "charles")) {
      assertThat(notices(other, concern)).as(other).isEmpty();
    }
    BpmnAwareTests.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(concern.getId()).singleResult()).isWaitingAt("Task_DescribeConcern");
    // the Head, who oversees post review, reads the stopped post and its reviewer
    assertThat(rest.get("helen", "/engine-rest/history/task?processInstanceId=" + post.getId()
        + "&taskDefinitionKey=Task_ReviewPost").getBody()).contains("\"assignee\":\"bob\"");
  }

  @Test
  void theReviewFormHasNoPlaceForTheConcernItself() throws Exception {
    JsonNode components = new ObjectMapper()
        .readTree(Path.of("forms/post-review-review.form").toFile()).path("components");
    List<String> keys = components.findValuesAsText("key");
    assertThat(keys).contains("reviewDecision", "reviewRationale")
        .doesNotContain("concernAbout", "immediateRisk", "whatHappened", "aboutWhom");
    for (JsonNode component : components) {
      assertThat(component.has("readonly")).as(component.path("id").asText()).isFalse();
      if ("reviewRationale".equals(component.path("key").asText())) {
        assertThat(component.path("conditional").path("hide").asText())
            .isEqualTo("=reviewDecision = \"RAISE_CONCERN\"");
        assertThat(component.path("validate").path("maxLength").asInt()).isBetween(1, 4000);
      }
    }
  }

  private ProcessInstance submitted() {
    ProcessInstance post = fixtures.start("alice");
    fixtures.complete("alice", post, "Task_WriteDraft", draft(channel, TEXT, List.of(), false));
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ReviewPost");
    return post;
  }

  private String claimReview(ProcessInstance post, String reviewer) {
    String taskId = fixtures.task(post, "Task_ReviewPost").getId();
    assertThat(rest.post(reviewer, "/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", reviewer)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return taskId;
  }

  /** The review form as Tasklist submits it for "Raise a safeguarding concern": no reasons. */
  private static Map<String, Object> raiseConcern() {
    Map<String, Object> review = review("RAISE_CONCERN", TEXT);
    review.remove("reviewRationale");
    review.remove("postText");
    return review;
  }

  private static Map<String, Object> description(String whatHappened) {
    Map<String, Object> report = new HashMap<>();
    report.put("kindOfReport", "CONCERN");
    report.put("aboutWhom", "HEAD");
    report.put("immediateRisk", false);
    report.put("whatHappened", whatHappened);
    report.put("whenItHappened", "2026-11-24");
    report.put("platform", "A draft post for the school's Facebook page");
    report.put("accountType", "OFFICIAL");
    report.put("actionAlreadyTaken", "Stopped the post in review.");
    return report;
  }

  private HistoricProcessInstance concernOf(ProcessInstance post) {
    String reference = register.require(post.getId()).getConcernReference();
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult();
  }

  private Task describeTask(HistoricProcessInstance concern) {
    return tasks.createTaskQuery().processInstanceId(concern.getId())
        .taskDefinitionKey("Task_DescribeConcern").singleResult();
  }

  private void runJob(HistoricProcessInstance concern, String activityId) {
    management.executeJob(management.createJobQuery().processInstanceId(concern.getId())
        .activityId(activityId).singleResult().getId());
  }

  private List<OutboxMessage> notices(String user, HistoricProcessInstance concern) {
    return outbox.findByRecipientUserIdOrderByIdAsc(user).stream()
        .filter(m -> concern.getId().equals(m.getProcessInstanceId())).toList();
  }
}
