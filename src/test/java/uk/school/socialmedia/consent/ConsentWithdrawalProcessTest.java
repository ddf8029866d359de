package uk.school.socialmedia.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.school.socialmedia.testsupport.Refusals.assertRefused;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** consent-withdrawal: the register at once, posts in review sent back, published images down. */
@SchoolSpringTest
class ConsentWithdrawalProcessTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired DemoUsers users;
  @Autowired TestLearners learners;
  @Autowired ConsentRegister register;
  @Autowired ConsentVerification verification;
  @Autowired ConsentTakedowns takedowns;
  @Autowired PostReviewStandIn postReview;
  @Autowired OutboxRepository outbox;
  @Autowired TestRestTemplate http;

  Actors actors;
  RestClient rest;
  String learner;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    users.apply();
    actors = new Actors(identity);
    rest = new RestClient(http);
    ConsentVerificationTest.moveClockTo(TODAY);
    learner = learners.enrol();
    register.recordConsent(learner, EnumSet.allOf(ConsentPurpose.class), "Sam Parent",
        Relationship.PARENT, TODAY.minusDays(30), "olivia", null);
  }

  @Test
  void aWithdrawalThatReachesTwoPublishedPostsOnTwoChannelsCreatesTwoTakedownTasksForTheRightPeople() {
    postReview.publish(learner, new PublishedImage("post-1", "Lodge Farm on Facebook",
        "https://facebook.example/lodgefarm/1", List.of("alice", "carol")));
    postReview.publish(learner, new PublishedImage("post-2", "Lodge Farm on X",
        "https://x.example/lodgefarm/2", List.of("bob")));

    ProcessInstance withdrawal = withdrawAsOffice(withdrawal(ConsentPurpose.SOCIAL_MEDIA_IMAGE));

    BpmnAwareTests.assertThat(withdrawal).isWaitingAt("Task_TakeDownImage");
    List<Task> takedownTasks = tasks.createTaskQuery().processInstanceId(withdrawal.getId())
        .taskDefinitionKey("Task_TakeDownImage").orderByTaskDescription().asc().list();
    assertThat(takedownTasks).hasSize(2);
    assertThat(candidates(takedownTasks.get(0))).containsExactlyInAnyOrder("alice", "carol");
    assertThat(candidates(takedownTasks.get(1))).containsExactly("bob");
    assertThat(takedownTasks.get(0).getDescription()).contains("post-1", "Lodge Farm on Facebook");
    assertThat(takedownTasks).allSatisfy(task ->
        assertThat(task.getDueDate()).isEqualTo(ConsentVerificationTest.tenOClockOn(TODAY.plusDays(2))));
    assertThat(actors.as("bob", () -> tasks.createTaskQuery()
        .processInstanceId(withdrawal.getId()).list()))
        .as("bob sees only the takedown of his channel").hasSize(1);
  }

  @Test
  void theRegisterIsUpdatedAtOnceAndPostsInReviewGoBackToTheirAuthors() {
    postReview.publish(learner, new PublishedImage("post-3", "Lodge Farm on Facebook",
        "https://facebook.example/lodgefarm/3", List.of("alice")));

    ProcessInstance withdrawal = withdrawAsOffice(withdrawal(ConsentPurpose.SOCIAL_MEDIA_IMAGE,
        ConsentPurpose.NAME_WITH_IMAGE));

    BpmnAwareTests.assertThat(withdrawal).hasPassed("Task_UpdateRegister", "Task_SendBackPosts")
        .isWaitingAt("Task_TakeDownImage");
    assertThat(verification.verify(ConsentPurpose.SOCIAL_MEDIA_IMAGE, List.of(learner)).gaps())
        .containsEntry(learner, ConsentGap.WITHDRAWN);
    assertThat(verification.verify(ConsentPurpose.WEBSITE_IMAGE, List.of(learner)).consented())
        .containsExactly(learner);
    assertThat(register.history(learner).stream().filter(ConsentRecord::isWithdrawn))
        .hasSize(2).allSatisfy(r -> {
          assertThat(r.getWithdrawnBy()).isEqualTo("olivia");
          assertThat(r.getWithdrawalProcessInstanceId()).isEqualTo(withdrawal.getId());
        });
    assertThat(postReview.sentBack).contains(learner);
  }

  @Test
  void aCompletedTakedownRecordsWhoRemovedTheImageAndWhen() {
    postReview.publish(learner, new PublishedImage("post-4", "Lodge Farm on Facebook",
        "https://facebook.example/lodgefarm/4", List.of("alice")));
    ProcessInstance withdrawal = withdrawAsOffice(withdrawal(ConsentPurpose.SOCIAL_MEDIA_IMAGE));
    Task task = tasks.createTaskQuery().processInstanceId(withdrawal.getId()).singleResult();

    var unconfirmed = rest.post("alice", "/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", RestClient.variables(Map.of("takedownConfirmed", false))));
    assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(takedowns.ofWithdrawal(withdrawal.getId()).get(0).getRemovedAt()).isNull();

    ConsentVerificationTest.moveClockTo(TODAY.plusDays(1));
    actors.as("alice", () -> tasks.claim(task.getId(), "alice"));
    // completed without a signed-in user: the test-coverage listener reads the process
    // definition as the current user, which an account manager may not (a test-only limit);
    // the takedown then names the task's assignee
    tasks.complete(task.getId(), Map.of("takedownConfirmed", true, "takedownNote", "deleted"));

    BpmnAwareTests.assertThat(withdrawal).hasPassed("Task_ConfirmComplete").isEnded();
    Takedown done = takedowns.ofWithdrawal(withdrawal.getId()).get(0);
    assertThat(done.getRemovedBy()).isEqualTo("alice");
    assertThat(done.getRemovedAt()).isEqualTo(ConsentVerificationTest.tenOClockOn(TODAY.plusDays(1)).toInstant());
    assertThat(done.getRemovalNote()).isEqualTo("deleted");
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("olivia"))
        .anyMatch(n -> withdrawal.getId().equals(n.getProcessInstanceId())
            && n.getSubject().startsWith("Consent withdrawal completed"));
  }

  @Test
  void anUnfinishedTakedownEscalatesToTheDsl() {
    postReview.publish(learner, new PublishedImage("post-5", "Lodge Farm on Facebook",
        "https://facebook.example/lodgefarm/5", List.of("alice")));
    ProcessInstance withdrawal = withdrawAsOffice(withdrawal(ConsentPurpose.SOCIAL_MEDIA_IMAGE));
    Job overdue = management.createJobQuery().processInstanceId(withdrawal.getId())
        .activityId("Timer_TakedownOverdue").singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(ConsentVerificationTest.tenOClockOn(TODAY.plusDays(2)));

    ConsentVerificationTest.moveClockTo(TODAY.plusDays(2));
    management.executeJob(overdue.getId());

    BpmnAwareTests.assertThat(withdrawal).hasPassed("Task_AlertDsl", "EndEvent_DslAlerted")
        .isWaitingAt("Task_TakeDownImage");
    Task task = tasks.createTaskQuery().processInstanceId(withdrawal.getId()).singleResult();
    assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .contains("dsl");
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("dana"))
        .anyMatch(n -> withdrawal.getId().equals(n.getProcessInstanceId())
            && !n.getBody().contains(learner));
  }

  @Test
  void withNothingPublishedTheWithdrawalEndsOnceTheRegisterIsUpdated() {
    ProcessInstance withdrawal = withdrawAsOffice(withdrawal(ConsentPurpose.WEBSITE_IMAGE));

    BpmnAwareTests.assertThat(withdrawal).hasPassed("Task_UpdateRegister",
        "Task_FindPublishedImages", "Task_ConfirmComplete").isEnded();
    assertThat(verification.verify(ConsentPurpose.WEBSITE_IMAGE, List.of(learner)).gaps())
        .containsEntry(learner, ConsentGap.WITHDRAWN);
  }

  @Test
  void aWithdrawalNeedsWhoWithdrewWhenAndWhatAndOnlyTheOfficeRecordsIt() {
    Map<String, Object> nothingTicked = withdrawal();
    nothingTicked.remove("parentName");
    var refused = rest.post("olivia", "/engine-rest/process-definition/key/consent-withdrawal/start",
        Map.of("variables", RestClient.variables(nothingTicked)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("at least one purpose", "name of the parent");

    var asStaff = rest.post("alice", "/engine-rest/process-definition/key/consent-withdrawal/start",
        Map.of("variables", RestClient.variables(withdrawal(ConsentPurpose.WEBSITE_IMAGE))));
    assertThat(asStaff.getStatusCode().is4xxClientError()).isTrue();

    assertThat(register.history(learner)).noneMatch(ConsentRecord::isWithdrawn);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(learner).count())
        .isZero();
  }

  @Test
  void aTakedownTaskTakesDownItsOwnImageNeverOneNamedByTheCaller() {
    String otherLearner = learners.enrol();
    register.recordConsent(otherLearner, EnumSet.allOf(ConsentPurpose.class), "Kim Carer",
        Relationship.CARER, TODAY.minusDays(30), "olivia", null);
    postReview.publish(learner, new PublishedImage("post-6", "Lodge Farm on Facebook",
        "https://facebook.example/lodgefarm/6", List.of("alice")));
    postReview.publish(otherLearner, new PublishedImage("post-7", "Lodge Farm on Facebook",
        "https://facebook.example/lodgefarm/7", List.of("alice")));
    ProcessInstance first = withdrawAsOffice(withdrawal(ConsentPurpose.SOCIAL_MEDIA_IMAGE));
    Map<String, Object> second = withdrawal(ConsentPurpose.SOCIAL_MEDIA_IMAGE);
    second.put("learnerReference", otherLearner);
    ProcessInstance other = withdrawAsOffice(second);
    Task aliceTask = tasks.createTaskQuery().processInstanceId(first.getId()).singleResult();
    Task otherTask = tasks.createTaskQuery().processInstanceId(other.getId()).singleResult();
    String otherTakedownId = takedowns.ofWithdrawal(other.getId()).get(0).getId().toString();

    // as it was found: the task for one learner's withdrawal, completed with the other's id
    Map<String, Object> attack = Map.of("takedownConfirmed", true, "takedownId", otherTakedownId);
    var overRest = rest.post("alice", "/engine-rest/task/" + aliceTask.getId() + "/submit-form",
        Map.of("variables", RestClient.variables(attack)));
    assertThat(overRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(overRest.getBody()).contains("takedownId");
    assertRefused(() -> tasks.complete(aliceTask.getId(), attack));

    assertThat(takedowns.ofWithdrawal(first.getId())).singleElement()
        .satisfies(t -> assertThat(t.getRemovedAt()).isNull());
    assertThat(takedowns.ofWithdrawal(other.getId())).singleElement()
        .satisfies(t -> assertThat(t.getRemovedAt()).isNull());
    assertThat(tasks.createTaskQuery().taskId(aliceTask.getId()).count()).isOne();
    assertThat(tasks.createTaskQuery().taskId(otherTask.getId()).count()).isOne();
    assertThat(runtime.getVariable(aliceTask.getExecutionId(), "takedownId"))
        .isEqualTo(takedowns.ofWithdrawal(first.getId()).get(0).getId().toString());
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("olivia"))
        .noneMatch(n -> n.getSubject().startsWith("Consent withdrawal completed")
            && (first.getId().equals(n.getProcessInstanceId())
                || other.getId().equals(n.getProcessInstanceId())));

    tasks.complete(aliceTask.getId(), Map.of("takedownConfirmed", true));
    assertThat(takedowns.ofWithdrawal(first.getId()).get(0).getRemovedAt()).isNotNull();
    assertThat(takedowns.ofWithdrawal(other.getId()).get(0).getRemovedAt()).isNull();
    BpmnAwareTests.assertThat(other).isWaitingAt("Task_TakeDownImage");
  }

  @Test
  void theLongestNoteEachFormAcceptsIsKeptAndALongerOneIsRefusedWithNothingRecorded()
      throws Exception {
    Map<String, Object> longest = withdrawal(ConsentPurpose.WEBSITE_IMAGE);
    longest.put("withdrawalNote", "w".repeat(ConsentVariables.NOTE_LENGTH));
    longest.put("parentName", "p".repeat(ConsentVariables.PARENT_NAME_LENGTH));
    var started = rest.post("olivia", "/engine-rest/process-definition/key/consent-withdrawal/start",
        Map.of("variables", RestClient.variables(longest)));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = new ObjectMapper().readTree(started.getBody()).get("id").asText();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(id).variableName("withdrawalNote").singleResult().getValue())
        .isEqualTo("w".repeat(ConsentVariables.NOTE_LENGTH));
    assertThat(register.history(learner).stream().filter(ConsentRecord::isWithdrawn))
        .allSatisfy(r -> assertThat(r.getWithdrawalProcessInstanceId()).isEqualTo(id));

    for (String tooLong : List.of("w".repeat(ConsentVariables.NOTE_LENGTH + 1),
        "w".repeat(1024 * 1024))) {
      Map<String, Object> refused = withdrawal(ConsentPurpose.SOCIAL_MEDIA_IMAGE);
      refused.put("withdrawalNote", tooLong);
      var response = rest.post("olivia",
          "/engine-rest/process-definition/key/consent-withdrawal/start",
          Map.of("variables", RestClient.variables(refused)));
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("too long", "at most 4,000 characters");
    }
    Map<String, Object> longName = withdrawal(ConsentPurpose.SOCIAL_MEDIA_IMAGE);
    longName.put("parentName", "p".repeat(ConsentVariables.PARENT_NAME_LENGTH + 1));
    assertThat(rest.post("olivia", "/engine-rest/process-definition/key/consent-withdrawal/start",
        Map.of("variables", RestClient.variables(longName))).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(verification.verify(ConsentPurpose.SOCIAL_MEDIA_IMAGE, List.of(learner))
        .consented()).containsExactly(learner);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(learner).list()).extracting(p -> p.getId())
        .as("only the accepted withdrawal was started").containsExactly(id);
  }

  @Test
  void theLongestTakedownNoteIsKeptAndALongerOneLeavesTheTaskOpen() {
    postReview.publish(learner, new PublishedImage("post-8", "Lodge Farm on Facebook",
        "https://facebook.example/lodgefarm/8", List.of("alice")));
    ProcessInstance withdrawal = withdrawAsOffice(withdrawal(ConsentPurpose.SOCIAL_MEDIA_IMAGE));
    Task task = tasks.createTaskQuery().processInstanceId(withdrawal.getId()).singleResult();

    for (String tooLong : List.of("n".repeat(ConsentVariables.TAKEDOWN_NOTE_LENGTH + 1),
        "n".repeat(1024 * 1024))) {
      var refused = rest.post("alice", "/engine-rest/task/" + task.getId() + "/complete",
          Map.of("variables", RestClient.variables(
              Map.of("takedownConfirmed", true, "takedownNote", tooLong))));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("at most 2,000 characters");
    }
    assertThat(takedowns.ofWithdrawal(withdrawal.getId()).get(0).getRemovedAt()).isNull();

    String longest = "n".repeat(ConsentVariables.TAKEDOWN_NOTE_LENGTH);
    tasks.complete(task.getId(), Map.of("takedownConfirmed", true, "takedownNote", longest));
    assertThat(takedowns.ofWithdrawal(withdrawal.getId()).get(0).getRemovalNote())
        .isEqualTo(longest);
  }

  private ProcessInstance withdrawAsOffice(Map<String, Object> variables) {
    return actors.as("olivia", () -> runtime.startProcessInstanceByKey("consent-withdrawal",
        variables));
  }

  private Map<String, Object> withdrawal(ConsentPurpose... purposes) {
    Map<String, Object> form = new HashMap<>();
    form.put("learnerReference", learner);
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      form.put(purpose.formField("withdraw"), Set.of(purposes).contains(purpose));
    }
    form.put("parentName", "Sam Parent");
    form.put("parentRelationship", "PARENT");
    form.put("dateOnForm", TODAY.toString());
    form.put("withdrawalNote", "");
    return form;
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(IdentityLink::getUserId).toList();
  }
}
