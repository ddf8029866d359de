package uk.school.socialmedia.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.school.socialmedia.post.PostFixtures.NOW;
import static uk.school.socialmedia.post.PostFixtures.SCHEDULED;
import static uk.school.socialmedia.post.PostFixtures.draft;
import static uk.school.socialmedia.post.PostFixtures.review;
import static uk.school.socialmedia.testsupport.Refusals.assertRefused;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.aup.SignedStaff;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.platform.Sha256;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** post-review, every path: nothing goes out without a second colleague and consent. */
@SchoolSpringTest
class PostReviewProcessTest {

  static final String TEXT = "Year 4 visited the farm today. Thank you to our volunteers!";

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired DemoUsers users;
  @Autowired PostRegister register;
  @Autowired PublishedPostsShowingLearner publishedImages;
  @Autowired OutboxRepository outbox;

  Actors actors;
  PostFixtures fixtures;
  long channel;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    users.apply();
    actors = new Actors(identity);
    fixtures = new PostFixtures(context, actors);
    PostFixtures.moveClockTo(NOW);
    new SignedStaff(context).ensureSigned("alice", "bob");
    channel = fixtures.channel("ACTIVE", "brian");
  }

  @Test
  void anApprovedPostIsPublishedAtItsScheduledTimeByAnAccountManagerAndEntersTheRegister() {
    String learner = fixtures.learner(true);
    ProcessInstance post = fixtures.start("alice");
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_WriteDraft").task().isAssignedTo("alice");
    // JSON, as the draft form's choices (valuesKey) need them
    assertThat(serialized(post, "channelOptions")).contains("\"value\":\"" + channel + "\"");
    assertThat(serialized(post, "learnerOptions"))
        .contains("\"label\":\"" + learner + " (Year 4)\"", "\"value\":\"" + learner + "\"")
        .doesNotContain("Test Learner");

    fixtures.complete("alice", post, "Task_WriteDraft", draft(channel, TEXT, List.of(learner), true));
    BpmnAwareTests.assertThat(post).hasPassed("Task_CheckConsent").isWaitingAt("Task_ReviewPost");
    fixtures.complete("bob", post, "Task_ReviewPost", review("APPROVE", TEXT));
    BpmnAwareTests.assertThat(post).isWaitingAt("Timer_ScheduledTime");
    assertThat(register.require(post.getId()).getStatus()).isEqualTo(PostStatus.APPROVED);

    PostFixtures.moveClockTo(SCHEDULED);
    runJob(post, "Timer_ScheduledTime");
    BpmnAwareTests.assertThat(post).hasPassed("Task_CheckConsentAgain")
        .isWaitingAt("Task_PublishPost");
    assertThat(candidates(fixtures.task(post, "Task_PublishPost"))).containsExactly("brian");
    fixtures.complete("brian", post, "Task_PublishPost",
        Map.of("postText", TEXT, "publishedUrl", "https://facebook.example/lodgefarm/42"));

    BpmnAwareTests.assertThat(post).hasPassed("Task_RecordPublication")
        .isWaitingAt("Task_ModerateReplies");
    Post recorded = register.require(post.getId());
    assertThat(recorded.getStatus()).isEqualTo(PostStatus.PUBLISHED);
    assertThat(recorded.getAuthor()).isEqualTo("alice");
    assertThat(recorded.getApprovedBy()).isEqualTo("bob");
    assertThat(recorded.getPublishedBy()).isEqualTo("brian");
    assertThat(recorded.getPublishedAt()).isEqualTo(SCHEDULED);
    assertThat(recorded.getPublishedUrl()).isEqualTo("https://facebook.example/lodgefarm/42");
    assertThat(recorded.getLearners()).containsExactly(learner);
    assertThat(recorded.getApprovedTextSha256()).isEqualTo(Sha256.of(TEXT));
    assertThat(publishedImages.showing(learner)).singleElement().satisfies(image -> {
      assertThat(image.postId()).isEqualTo(post.getId());
      assertThat(image.accountManagers()).containsExactly("brian");
    });

    var unrecorded = assertRefused(() -> fixtures.complete("brian", post, "Task_ModerateReplies",
        Map.of("moderationOutcome", "NOTHING_TO_ACT_ON", "moderationNotes", "")));
    assertThat(unrecorded.getMessage()).contains("what you checked and did");
    fixtures.complete("brian", post, "Task_ModerateReplies", Map.of(
        "moderationOutcome", "REPLIES_REMOVED", "moderationNotes", "One off-topic reply hidden."));
    BpmnAwareTests.assertThat(post).hasPassed("End_Moderated").isEnded();
  }

  @Test
  void submittedVariablesCannotMoveThePublicationTimeOrSkipModeration() {
    String learner = fixtures.learner(true);
    ProcessInstance post = fixtures.start("alice");
    fixtures.complete("alice", post, "Task_WriteDraft", draft(channel, TEXT, List.of(learner), true));
    Map<String, Object> review = review("APPROVE", TEXT);
    review.put("publishAt", java.util.Date.from(SCHEDULED.minus(Duration.ofDays(1))));
    review.put("published", true);
    fixtures.complete("bob", post, "Task_ReviewPost", review);
    assertThat(management.createJobQuery().processInstanceId(post.getId())
        .activityId("Timer_ScheduledTime").singleResult().getDuedate())
        .isEqualTo(java.util.Date.from(SCHEDULED));

    PostFixtures.moveClockTo(SCHEDULED);
    runJob(post, "Timer_ScheduledTime");
    fixtures.complete("brian", post, "Task_PublishPost", Map.of("postText", TEXT,
        "publishedUrl", "https://facebook.example/lodgefarm/9", "learnersTakePart", false));
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ModerateReplies");
  }

  @Test
  void aPostInWhichNoLearnerTakesPartNeedsNoModeration() {
    ProcessInstance post = approvedPost(List.of(), false);
    publishAsApproved(post);
    BpmnAwareTests.assertThat(post).hasPassed("End_PublishedNoModeration").isEnded();
  }

  @Test
  void theAuthorIsNeverOfferedTheirOwnPostToReview() {
    ProcessInstance post = submitted(List.of());
    Task review = fixtures.task(post, "Task_ReviewPost");
    assertThat(candidates(review)).contains("bob", "carol", "helen").doesNotContain("alice");
    assertThat(tasks.getIdentityLinksForTask(review.getId()))
        .noneMatch(link -> link.getGroupId() != null);
    assertThat(actors.as("alice", () -> tasks.createTaskQuery().processInstanceId(post.getId())
        .taskCandidateUser("alice").list())).isEmpty();
    assertThat(actors.as("bob", () -> tasks.createTaskQuery().processInstanceId(post.getId())
        .taskCandidateUser("bob").list())).hasSize(1);
  }

  @Test
  void theAuthorCanNeverReviewTheirOwnPostEvenWhenGivenTheTask() {
    ProcessInstance post = submitted(List.of());
    String taskId = fixtures.task(post, "Task_ReviewPost").getId();

    assertRefused(() -> tasks.claim(taskId, "alice"));
    assertRefused(() -> tasks.setAssignee(taskId, "alice"));
    tasks.claim(taskId, "bob");
    assertRefused(() -> tasks.delegateTask(taskId, "alice"));
    // the engine does not even let her near it; the four-eyes listener would refuse it too
    assertThatThrownBy(() -> actors.as("alice", () -> tasks.complete(taskId,
        review("APPROVE", TEXT)))).isInstanceOf(AuthorizationException.class);
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ReviewPost").task().isAssignedTo("bob");
  }

  @Test
  void anApprovalNeedsEveryPointOfTheChecklistAndReasons() {
    ProcessInstance post = submitted(List.of());
    Map<String, Object> unchecked = review("APPROVE", TEXT);
    unchecked.put("checkLegal", false);
    unchecked.put("reviewRationale", " ");
    var refusal = assertRefused(() -> fixtures.complete("bob", post, "Task_ReviewPost", unchecked));
    assertThat(refusal.problems()).anyMatch(p -> p.contains("lawful"))
        .anyMatch(p -> p.contains("your reasons"));

    Map<String, Object> rewritten = review("APPROVE", TEXT + " Free ice cream for all!");
    assertThat(assertRefused(() -> fixtures.complete("bob", post, "Task_ReviewPost", rewritten))
        .getMessage()).contains("cannot change the post's text");
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ReviewPost");
  }

  @Test
  void aDraftShowingALearnerWithoutConsentGoesBackToItsAuthorAndNeverReachesAReviewer() {
    String consented = fixtures.learner(true);
    String unconsented = fixtures.learner(false);
    ProcessInstance post = fixtures.start("alice");
    fixtures.complete("alice", post, "Task_WriteDraft",
        draft(channel, TEXT, List.of(consented, unconsented), false));

    BpmnAwareTests.assertThat(post).hasPassed("Task_CheckConsent").hasNotPassed("Task_ReviewPost")
        .isWaitingAt("Task_WriteDraft").task().isAssignedTo("alice");
    assertThat((String) runtime.getVariable(post.getId(), "sendBackReason"))
        .contains(unconsented + " (no consent given)").doesNotContain(consented);
    assertThat(register.require(post.getId()).getStatus()).isEqualTo(PostStatus.DRAFT);

    fixtures.complete("alice", post, "Task_WriteDraft",
        draft(channel, TEXT, List.of(consented), false));
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ReviewPost");
  }

  @Test
  void consentWithdrawnBetweenApprovalAndPublishingSendsThePostBackToItsAuthor() {
    String learner = fixtures.learner(true);
    ProcessInstance post = approvedPost(List.of(learner), false);
    fixtures.withdrawConsent(learner);

    PostFixtures.moveClockTo(SCHEDULED);
    runJob(post, "Timer_ScheduledTime");

    BpmnAwareTests.assertThat(post).hasPassed("Task_CheckConsentAgain")
        .hasNotPassed("Task_PublishPost").isWaitingAt("Task_WriteDraft");
    assertThat((String) runtime.getVariable(post.getId(), "sendBackReason"))
        .contains(learner + " (consent was withdrawn)");
    assertThat(publishedImages.showing(learner)).isEmpty();
  }

  @Test
  void aPostStillUnapprovedAtItsScheduledTimeExpiresAndIsNeverPublished() {
    ProcessInstance post = submitted(List.of());
    PostFixtures.moveClockTo(SCHEDULED);
    var late = assertRefused(() -> fixtures.complete("bob", post, "Task_ReviewPost",
        review("APPROVE", TEXT)));
    assertThat(late.getMessage()).contains("expired");

    runJob(post, "Timer_PostExpired");
    BpmnAwareTests.assertThat(post).hasPassed("Task_TellAuthorExpired", "End_Expired")
        .hasNotPassed("Task_PublishPost").isEnded();
    assertThat(register.require(post.getId()).getStatus()).isEqualTo(PostStatus.EXPIRED);
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("alice"))
        .anyMatch(n -> post.getId().equals(n.getProcessInstanceId())
            && n.getSubject().contains("expired"));
  }

  @Test
  void aTextEditedAfterApprovalIsNotPublishedButReviewedAgain() {
    ProcessInstance post = approvedPost(List.of(), false);
    PostFixtures.moveClockTo(SCHEDULED);
    runJob(post, "Timer_ScheduledTime");
    fixtures.complete("brian", post, "Task_PublishPost", Map.of(
        "postText", TEXT + " And we will refund every trip!", "publishedUrl", ""));

    BpmnAwareTests.assertThat(post).hasNotPassed("Task_RecordPublication")
        .isWaitingAt("Task_WriteDraft");
    assertThat(register.require(post.getId()).getStatus()).isEqualTo(PostStatus.DRAFT);
    assertThat((String) runtime.getVariable(post.getId(), "sendBackReason"))
        .contains("changed after it was approved");

    Map<String, Object> again = draft(channel, TEXT + " And we will refund every trip!",
        List.of(), false);
    again.put("scheduledFor", SCHEDULED.plus(Duration.ofDays(1)).toString());
    fixtures.complete("alice", post, "Task_WriteDraft", again);
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ReviewPost");
    assertThat(register.require(post.getId()).getApprovedBy()).isNull();
  }

  @Test
  void onlyAnAccountManagerOfTheChannelPublishesItWithTheAddressOfThePost() {
    ProcessInstance post = approvedPost(List.of(), false);
    PostFixtures.moveClockTo(SCHEDULED);
    runJob(post, "Timer_ScheduledTime");
    String taskId = fixtures.task(post, "Task_PublishPost").getId();

    tasks.setAssignee(taskId, "carol");
    assertThat(assertRefused(() -> actors.as("carol", () -> tasks.complete(taskId,
        Map.of("postText", TEXT, "publishedUrl", "https://facebook.example/1")))).getMessage())
        .contains("Only an account manager");
    tasks.setAssignee(taskId, null);
    assertThat(assertRefused(() -> fixtures.complete("brian", post, "Task_PublishPost",
        Map.of("postText", TEXT, "publishedUrl", "http://not-secure.example"))).getMessage())
        .contains("https://");
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_PublishPost");
  }

  @Test
  void aReviewerWhoRaisesASafeguardingConcernStopsThePostAndDescribesItInTheConcern() {
    ProcessInstance post = submitted(List.of());
    Map<String, Object> concern = review("RAISE_CONCERN", TEXT);
    concern.remove("reviewRationale");
    fixtures.complete("bob", post, "Task_ReviewPost", concern);

    BpmnAwareTests.assertThat(post).hasPassed("Task_RaiseConcern", "End_ConcernRaised")
        .isEnded();
    Post stopped = register.require(post.getId());
    assertThat(stopped.getStatus()).isEqualTo(PostStatus.STOPPED);
    assertThat(stopped.getConcernReference()).startsWith("SC-");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(post.getId())
        .variableName("concernReference").count()).isZero();
    var raised = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(stopped.getConcernReference()).singleResult();
    assertThat(raised.getStartUserId()).isEqualTo("bob");
    assertThat(tasks.createTaskQuery().processInstanceId(raised.getId()).singleResult())
        .satisfies(describe -> {
          assertThat(describe.getTaskDefinitionKey()).isEqualTo("Task_DescribeConcern");
          assertThat(describe.getAssignee()).isEqualTo("bob");
        });
  }

  @Test
  void aSecondReviewStartsFromAnEmptyForm() {
    ProcessInstance post = submitted(List.of());
    Map<String, Object> changes = review("REQUEST_CHANGES", TEXT);
    changes.put("reviewRationale", "Please name the farm.");
    fixtures.complete("bob", post, "Task_ReviewPost", changes);
    fixtures.complete("alice", post, "Task_WriteDraft", draft(channel, TEXT, List.of(), false));

    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ReviewPost");
    assertThat(runtime.getVariables(post.getId())).doesNotContainKeys("reviewDecision",
        "reviewRationale", "checkLegal");
    Map<String, Object> concern = review("RAISE_CONCERN", TEXT);
    concern.remove("reviewRationale");
    fixtures.complete("carol", post, "Task_ReviewPost", concern);
    BpmnAwareTests.assertThat(post).hasPassed("End_ConcernRaised").isEnded();
  }

  @Test
  void aRejectedPostEndsAndChangesRequestedGoBackToTheAuthor() {
    ProcessInstance changes = submitted(List.of());
    Map<String, Object> request = review("REQUEST_CHANGES", TEXT);
    request.put("reviewRationale", "Please name the farm.");
    fixtures.complete("bob", changes, "Task_ReviewPost", request);
    BpmnAwareTests.assertThat(changes).isWaitingAt("Task_WriteDraft");
    assertThat((String) runtime.getVariable(changes.getId(), "sendBackReason"))
        .contains("Please name the farm.");

    ProcessInstance rejected = submitted(List.of());
    fixtures.complete("bob", rejected, "Task_ReviewPost", review("REJECT", TEXT));
    BpmnAwareTests.assertThat(rejected).hasPassed("End_Rejected").isEnded();
    assertThat(register.require(rejected.getId()).getStatus()).isEqualTo(PostStatus.REJECTED);
  }

  @Test
  void aSuspendedChannelCannotBeUsed() {
    long suspended = fixtures.channel("SUSPENDED", "brian");
    ProcessInstance post = fixtures.start("alice");
    assertThat(serialized(post, "channelOptions"))
        .doesNotContain("\"value\":\"" + suspended + "\"");
    var refusal = assertRefused(() -> fixtures.complete("alice", post, "Task_WriteDraft",
        draft(suspended, TEXT, List.of(), false)));
    assertThat(refusal.getMessage()).contains("active channels");
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_WriteDraft");
  }

  @Test
  void anUnreviewedPostRemindsItsAuthorThenAsksSeniorLeadersForAReviewer() {
    ProcessInstance post = submitted(List.of());
    runJob(post, "Timer_ReviewReminder");
    runJob(post, "Timer_ReviewEscalation");
    BpmnAwareTests.assertThat(post).hasPassed("Task_RemindReviewers", "Task_EscalateReview")
        .isWaitingAt("Task_ReviewPost");
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("alice"))
        .anyMatch(n -> post.getId().equals(n.getProcessInstanceId()));
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("helen"))
        .anyMatch(n -> post.getId().equals(n.getProcessInstanceId()));
  }

  @Test
  void theOtherClocksRemindAccountManagersAndCloseAbandonedDrafts() {
    ProcessInstance abandoned = fixtures.start("alice");
    runJob(abandoned, "Timer_DraftAbandoned");
    BpmnAwareTests.assertThat(abandoned).hasPassed("End_DraftAbandoned").isEnded();

    String learner = fixtures.learner(true);
    ProcessInstance post = approvedPost(List.of(learner), true);
    PostFixtures.moveClockTo(SCHEDULED);
    runJob(post, "Timer_ScheduledTime");
    runJob(post, "Timer_PublishReminder");
    BpmnAwareTests.assertThat(post).hasPassed("Task_RemindPublishers");
    publishAsApproved(post);
    runJob(post, "Timer_ModerationPeriodOver");
    BpmnAwareTests.assertThat(post).hasPassed("Task_RemindModerators")
        .isWaitingAt("Task_ModerateReplies");
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("brian"))
        .filteredOn(n -> post.getId().equals(n.getProcessInstanceId())).hasSize(2);
  }

  @Test
  void aWithdrawalOfConsentTakesDownPublishedPostsAndSendsBackPostsInReview() {
    String learner = fixtures.learner(true);
    ProcessInstance inReview = submitted(List.of(learner));
    ProcessInstance other = submitted(List.of());
    ProcessInstance published = approvedPost(List.of(learner), false);
    publishAsApproved(published);

    ProcessInstance withdrawal = actors.as("olivia", () -> runtime.startProcessInstanceByKey(
        "consent-withdrawal", withdrawalForm(learner)));

    Task takedown = tasks.createTaskQuery().processInstanceId(withdrawal.getId())
        .taskDefinitionKey("Task_TakeDownImage").singleResult();
    assertThat(candidates(takedown)).containsExactly("brian");
    assertThat(takedown.getDescription()).contains(published.getId());
    BpmnAwareTests.assertThat(inReview).hasPassed("Message_ConsentWithdrawn")
        .isWaitingAt("Task_WriteDraft").task().isAssignedTo("alice");
    assertThat((String) runtime.getVariable(inReview.getId(), "sendBackReason"))
        .contains(learner, "withdrawn");
    assertThat(register.require(inReview.getId()).getStatus()).isEqualTo(PostStatus.DRAFT);
    BpmnAwareTests.assertThat(other).isWaitingAt("Task_ReviewPost");
  }

  private Map<String, Object> withdrawalForm(String learner) {
    Map<String, Object> form = new java.util.HashMap<>();
    form.put("learnerReference", learner);
    for (var purpose : uk.school.socialmedia.consent.ConsentPurpose.values()) {
      form.put(purpose.formField("withdraw"), true);
    }
    form.put("parentName", "Sam Parent");
    form.put("parentRelationship", "PARENT");
    form.put("dateOnForm", "2026-11-27");
    form.put("withdrawalNote", "");
    return form;
  }

  private ProcessInstance submitted(List<String> learners) {
    ProcessInstance post = fixtures.start("alice");
    fixtures.complete("alice", post, "Task_WriteDraft", draft(channel, TEXT, learners, false));
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ReviewPost");
    return post;
  }

  private ProcessInstance approvedPost(List<String> learners, boolean learnersTakePart) {
    ProcessInstance post = fixtures.start("alice");
    fixtures.complete("alice", post, "Task_WriteDraft",
        draft(channel, TEXT, learners, learnersTakePart));
    fixtures.complete("bob", post, "Task_ReviewPost", review("APPROVE", TEXT));
    BpmnAwareTests.assertThat(post).isWaitingAt("Timer_ScheduledTime");
    return post;
  }

  private void publishAsApproved(ProcessInstance post) {
    if (fixtures.task(post, "Task_PublishPost") == null) {
      PostFixtures.moveClockTo(SCHEDULED);
      runJob(post, "Timer_ScheduledTime");
    }
    fixtures.complete("brian", post, "Task_PublishPost",
        Map.of("postText", TEXT, "publishedUrl", "https://facebook.example/lodgefarm/7"));
  }

  private String serialized(ProcessInstance post, String name) {
    ObjectValue value = runtime.getVariableTyped(post.getId(), name, false);
    assertThat(value.getSerializationDataFormat()).isEqualTo("application/json");
    return value.getValueSerialized();
  }

  private void runJob(ProcessInstance post, String activityId) {
    management.executeJob(management.createJobQuery().processInstanceId(post.getId())
        .activityId(activityId).singleResult().getId());
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null)
        .map(IdentityLink::getUserId).toList();
  }
}
