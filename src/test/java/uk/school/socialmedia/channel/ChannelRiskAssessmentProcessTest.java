package uk.school.socialmedia.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static uk.school.socialmedia.channel.ChannelFixtures.*;
import static uk.school.socialmedia.testsupport.Refusals.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.aup.SignedStaff;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** Policy 1.4: official channels are risk assessed, approved, set up, and reviewed every year. */
@SchoolSpringTest
class ChannelRiskAssessmentProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired FormService forms;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired DemoUsers users;
  @Autowired ChannelRegister register;
  @Autowired ChannelProperties properties;
  @Autowired OutboxRepository outbox;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @Autowired ApplicationContext context;

  Actors actors;
  ChannelFixtures channels;

  @BeforeEach
  void setUp() {
    users.apply();
    BpmnAwareTests.init(engine);
    actors = new Actors(identity);
    channels = new ChannelFixtures(actors, forms, tasks, repository);
    new SignedStaff(context).ensureSigned("alice", "bob", "brian");
  }

  @Test
  void aLowRiskChannelIsApprovedSetUpAndOnlyThenBecomesActive() {
    ProcessInstance lifecycle = channels.propose("alice",
        proposal("Year 6 blog", "alice, bob", false));
    Channel proposed = channelOf(lifecycle);
    assertThat(proposed.getStatus()).isEqualTo(ChannelStatus.PROPOSED);
    assertThat(proposed.getProposedBy()).isEqualTo("alice");
    assertThat(lifecycle.getBusinessKey()).isEqualTo("CH-" + proposed.getId());

    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "MEDIUM"));
    Task approval = channels.task(lifecycle, "Task_ApproveChannel");
    assertThat(candidateGroups(approval)).containsExactly("business-manager");
    assertThat(approval.getProcessInstanceId()).isNotEqualTo(lifecycle.getId());
    assertThat(runtime.getVariable(approval.getExecutionId(), "riskRating")).isEqualTo("LOW");

    channels.complete("brian", lifecycle, "Task_ApproveChannel",
        decision("APPROVE", "Clear objectives and a realistic moderation plan."));
    BpmnAwareTests.assertThat(lifecycle).isWaitingAt("Task_RegisterAccount",
        "Task_LodgeAccessDetails", "Task_LinkFromWebsite", "Task_InformParents");
    assertThat(channelOf(lifecycle).getApprovedBy()).isEqualTo("brian");
    assertThat(register.isActive(proposed.getId())).as("not active before set-up").isFalse();
    Task setUpStep = channels.task(lifecycle, "Task_RegisterAccount");
    assertThat(setUpStep.getAssignee()).isEqualTo("alice");
    assertThat(setUpStep.getDueDate()).isNotNull();

    completeSetUp(lifecycle);

    Channel active = channelOf(lifecycle);
    assertThat(active.getStatus()).isEqualTo(ChannelStatus.ACTIVE);
    assertThat(register.isActive(active.getId())).isTrue();
    assertThat(register.isManager(active.getId(), "bob")).isTrue();
    assertThat(register.isManager(active.getId(), "carol")).isFalse();
    assertThat(register.activeChannelsManagedBy("alice")).extracting(Channel::getId)
        .contains(active.getId());
    assertThat(active.getAccountUrl()).isEqualTo("https://facebook.com/lodgefarm");
    assertThat(active.getAccessDetailsHolder()).isEqualTo("Helen Hart (Head)");
    assertThat(active.getNextReviewDue())
        .isEqualTo(active.getActivatedAt().plus(properties.reviewPeriod()));
    assertThat(active.getHistory()).extracting(ChannelStatusChange::getToStatus)
        .containsExactly(ChannelStatus.PROPOSED, ChannelStatus.ACTIVE);
    BpmnAwareTests.assertThat(lifecycle).isWaitingAt("Timer_AnnualReviewDue");
  }

  @Test
  void accountManagersMustHaveSignedTheAupBeforeTheAccountIsRegistered() {
    String newcomer = "channel-newcomer";
    if (identity.createUserQuery().userId(newcomer).count() == 0) {
      var user = identity.newUser(newcomer);
      user.setFirstName("Nina");
      user.setLastName("Newcomer");
      identity.saveUser(user);
      identity.createMembership(newcomer, "staff");
    }
    ProcessInstance lifecycle = channels.propose("alice", proposal("Newcomers' page",
        "alice, " + newcomer, false));
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    channels.complete("brian", lifecycle, "Task_ApproveChannel", decision("APPROVE", "Fine."));

    assertThat(assertRefused(() -> channels.complete("alice", lifecycle, "Task_RegisterAccount",
        registerAccount())).getMessage()).contains("still to sign: " + newcomer);

    new SignedStaff(context).ensureSigned(newcomer);
    channels.complete("alice", lifecycle, "Task_RegisterAccount", registerAccount());
    BpmnAwareTests.assertThat(lifecycle).hasPassed("Task_RegisterAccount");
  }

  @Test
  void aHighRiskChannelIsSeenByTheDslBeforeTheBusinessManagerDecides() {
    ProcessInstance lifecycle = channels.propose("alice", proposal("Sports fixtures", "alice", false));
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("HIGH", "MEDIUM"));

    Task advice = channels.task(lifecycle, "Task_SafeguardingAdvice");
    assertThat(candidateGroups(advice)).containsExactlyInAnyOrder("dsl", "ddsl");
    assertThat(runtime.getVariable(advice.getExecutionId(), "riskRating")).isEqualTo("HIGH");
    channels.complete("dana", lifecycle, "Task_SafeguardingAdvice", java.util.Map.of(
        "safeguardingRecommendation", "SUPPORT_WITH_CONDITIONS",
        "safeguardingAdvice", "No learner names; comments off on posts with learners."));

    Task approval = channels.task(lifecycle, "Task_ApproveChannel");
    assertThat(runtime.getVariable(approval.getExecutionId(), "safeguardingAdvisedBy"))
        .isEqualTo("dana");
  }

  @Test
  void aChannelWhereLearnersTakePartIsSeenByTheDslWhateverItsRating() {
    ProcessInstance lifecycle = channels.propose("alice", proposal("Eco club", "alice", true));
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    assertThat(channels.task(lifecycle, "Task_SafeguardingAdvice")).isNotNull();
  }

  @Test
  void theBusinessManagerCanAskForChangesAsOftenAsNeeded() {
    ProcessInstance lifecycle = channels.propose("alice", proposal("Music news", "alice", false));
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    channels.complete("brian", lifecycle, "Task_ApproveChannel",
        decision("REQUEST_CHANGES", "Say how replies are moderated at weekends."));

    Task revise = channels.task(lifecycle, "Task_ReviseProposal");
    assertThat(revise.getAssignee()).isEqualTo("alice");
    var revised = proposal("Music department news", "alice, bob", false);
    revised.put("moderationPlan", "Checked daily, including weekends, by alice or bob.");
    channels.complete("alice", lifecycle, "Task_ReviseProposal", revised);
    assertThat(channelOf(lifecycle).getName()).isEqualTo("Music department news");
    assertThat(channelOf(lifecycle).getManagers()).containsExactly("alice", "bob");

    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    channels.complete("brian", lifecycle, "Task_ApproveChannel",
        decision("REQUEST_CHANGES", "Name a second moderator for holidays."));
    channels.complete("alice", lifecycle, "Task_ReviseProposal", revised);
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    channels.complete("brian", lifecycle, "Task_ApproveChannel", decision("APPROVE", "Good."));

    BpmnAwareTests.assertThat(lifecycle).isWaitingAt("Task_RegisterAccount");
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("alice"))
        .anyMatch(m -> m.getSubject().contains("Changes requested")
            && m.getBody().contains("Name a second moderator"));
  }

  @Test
  void aRejectedProposalIsRecordedWithItsReasonsAndTheProposerIsTold() {
    ProcessInstance lifecycle = channels.propose("bob", proposal("Staff room chat", "bob", false));
    channels.complete("bob", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    channels.complete("brian", lifecycle, "Task_ApproveChannel",
        decision("REJECT", "No educational or community objective."));

    BpmnAwareTests.assertThat(lifecycle).isEnded().hasPassed("End_NotApproved");
    Channel channel = register.findByProcessInstance(lifecycle.getId()).orElseThrow();
    assertThat(channel.getStatus()).isEqualTo(ChannelStatus.REJECTED);
    assertThat(channel.getHistory()).last()
        .satisfies(change -> {
          assertThat(change.getChangedBy()).isEqualTo("brian");
          assertThat(change.getReason()).isEqualTo("No educational or community objective.");
        });
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("bob"))
        .anyMatch(m -> m.getSubject().equals("Channel not approved: Staff room chat"));
  }

  @Test
  void theProposerCanNeverApproveTheirOwnChannel() {
    ProcessInstance lifecycle = channels.propose("brian", proposal("Governors' news", "brian", false));
    channels.complete("brian", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    Task approval = channels.task(lifecycle, "Task_ApproveChannel");
    assertThat(candidateGroups(approval)).containsExactlyInAnyOrder("business-manager", "head");

    assertThat(assertRefused(() -> actors.as("brian", () -> tasks.claim(approval.getId(), "brian")))
        .getMessage()).contains("must be done by a colleague");
    assertRefused(() -> actors.as("brian", () -> tasks.complete(approval.getId(),
        decision("APPROVE", "Mine is fine"))));
    // candidates may work on a task, not hand it on; even the engine's own hand-over is refused
    assertThatThrownBy(() -> actors.as("helen", () -> tasks.delegateTask(approval.getId(), "brian")))
        .isInstanceOf(AuthorizationException.class);
    assertRefused(() -> tasks.delegateTask(approval.getId(), "brian"));
    BpmnAwareTests.assertThat(lifecycle).hasNotPassed("Task_RecordApproval");

    channels.complete("helen", lifecycle, "Task_ApproveChannel", decision("APPROVE", "Agreed."));
    assertThat(channelOf(lifecycle).getApprovedBy()).isEqualTo("helen");
  }

  @Test
  void unfinishedSetUpIsChasedWithTheBusinessManager() {
    ProcessInstance lifecycle = approvedChannel("PE news");
    Job overdue = timer(lifecycle, "Timer_SetUpOverdue");
    assertThat(overdue.getDuedate()).isCloseTo(
        Date.from(Instant.now().plus(properties.setUpReminderAfter())), 60_000);
    management.executeJob(overdue.getId());

    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("brian"))
        .anyMatch(m -> m.getSubject().equals("Set-up of 'PE news' is overdue"));
    BpmnAwareTests.assertThat(lifecycle).isWaitingAt("Task_RegisterAccount");
  }

  @Test
  void anUndecidedApprovalIsChased() {
    ProcessInstance lifecycle = channels.propose("alice", proposal("Library", "alice", false));
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    management.executeJob(timer(lifecycle, "Timer_DecisionWaiting").getId());

    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("brian"))
        .anyMatch(m -> m.getSubject().startsWith("Reminder: channel proposal waiting"));
    assertThat(channels.task(lifecycle, "Task_ApproveChannel")).isNotNull();
  }

  @Test
  void everyYearTheChannelIsAssessedAndApprovedAgain() {
    ProcessInstance lifecycle = activeChannel("Reception class page");
    Instant firstReviewDue = channelOf(lifecycle).getNextReviewDue();

    ClockUtil.setCurrentTime(Date.from(firstReviewDue.plus(Duration.ofHours(1))));
    management.executeJob(timer(lifecycle, "Timer_AnnualReviewDue").getId());

    assertThat(channels.task(lifecycle, "Task_AssessRisks").getAssignee()).isEqualTo("alice");
    assertThat(register.isActive(channelOf(lifecycle).getId()))
        .as("still active while under review").isTrue();
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    channels.complete("brian", lifecycle, "Task_ApproveChannel",
        decision("APPROVE", "Outcomes met: newsletter questions halved."));

    Channel reviewed = channelOf(lifecycle);
    assertThat(reviewed.getStatus()).isEqualTo(ChannelStatus.ACTIVE);
    assertThat(reviewed.getNextReviewDue()).isAfter(firstReviewDue);
    BpmnAwareTests.assertThat(lifecycle).isWaitingAt("Timer_AnnualReviewDue");
  }

  @Test
  void aChannelNotReapprovedWithinTheGracePeriodIsSuspendedUntilItIs() {
    ProcessInstance lifecycle = activeChannel("Year 2 page");
    long channelId = channelOf(lifecycle).getId();
    ClockUtil.setCurrentTime(Date.from(channelOf(lifecycle).getNextReviewDue().plusSeconds(60)));
    management.executeJob(timer(lifecycle, "Timer_AnnualReviewDue").getId());

    management.executeJob(timer(lifecycle, "Timer_GracePeriodOver").getId());

    assertThat(channelOf(lifecycle).getStatus()).isEqualTo(ChannelStatus.SUSPENDED);
    assertThat(register.isActive(channelId)).isFalse();
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("brian"))
        .anyMatch(m -> m.getSubject().equals("Channel suspended: Year 2 page"));

    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    channels.complete("brian", lifecycle, "Task_ApproveChannel", decision("APPROVE", "Back on."));
    assertThat(register.isActive(channelId)).isTrue();
    assertThat(channelOf(lifecycle).getHistory()).extracting(ChannelStatusChange::getToStatus)
        .containsExactly(ChannelStatus.PROPOSED, ChannelStatus.ACTIVE, ChannelStatus.SUSPENDED,
            ChannelStatus.ACTIVE);
  }

  @Test
  void aChannelRefusedAtItsReviewIsRetired() {
    ProcessInstance lifecycle = activeChannel("Old trips page");
    ClockUtil.setCurrentTime(Date.from(channelOf(lifecycle).getNextReviewDue().plusSeconds(60)));
    management.executeJob(timer(lifecycle, "Timer_AnnualReviewDue").getId());
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    channels.complete("brian", lifecycle, "Task_ApproveChannel",
        decision("REJECT", "No posts for a year; outcomes not met."));

    BpmnAwareTests.assertThat(lifecycle).isEnded().hasPassed("End_RetiredAfterReview");
    Channel retired = register.findByProcessInstance(lifecycle.getId()).orElseThrow();
    assertThat(retired.getStatus()).isEqualTo(ChannelStatus.RETIRED);
    assertThat(retired.getHistory()).last().satisfies(change -> {
      assertThat(change.getChangedBy()).isEqualTo("brian");
      assertThat(change.getReason()).contains("outcomes not met");
    });
  }

  @Test
  void historyShowsWhoDecidedWhatAndWhy() {
    ProcessInstance lifecycle = approvedChannel("History club");
    var decisions = historyService().createHistoricVariableInstanceQuery()
        .processInstanceIdIn(lifecycle.getId()).variableName("approvalRationale").list();
    assertThat(decisions).singleElement()
        .satisfies(v -> assertThat(v.getValue()).isEqualTo("Meets policy 1.4."));
    var approvalTask = historyService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(lifecycle.getBusinessKey())
        .taskDefinitionKey("Task_ApproveChannel").singleResult();
    assertThat(approvalTask.getAssignee()).isEqualTo("brian");
    assertThat(approvalTask.getEndTime()).isNotNull();
  }

  ProcessInstance approvedChannel(String name) {
    ProcessInstance lifecycle = channels.propose("alice", proposal(name, "alice, bob", false));
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    channels.complete("brian", lifecycle, "Task_ApproveChannel",
        decision("APPROVE", "Meets policy 1.4."));
    return lifecycle;
  }

  ProcessInstance activeChannel(String name) {
    ProcessInstance lifecycle = approvedChannel(name);
    completeSetUp(lifecycle);
    return lifecycle;
  }

  void completeSetUp(ProcessInstance lifecycle) {
    channels.complete("alice", lifecycle, "Task_RegisterAccount", registerAccount());
    channels.complete("alice", lifecycle, "Task_LodgeAccessDetails", lodgeAccess());
    channels.complete("alice", lifecycle, "Task_LinkFromWebsite", websiteLink());
    channels.complete("alice", lifecycle, "Task_InformParents", informParents());
  }

  Channel channelOf(ProcessInstance lifecycle) {
    return register.findByProcessInstance(lifecycle.getId()).orElseThrow();
  }

  /** The timer job of the lifecycle, or of the assessment round it is calling. */
  Job timer(ProcessInstance lifecycle, String activityId) {
    List<String> instances = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(lifecycle.getBusinessKey()).list().stream()
        .map(ProcessInstance::getId).toList();
    return management.createJobQuery().activityId(activityId).list().stream()
        .filter(job -> instances.contains(job.getProcessInstanceId()))
        .findFirst().orElseThrow(() -> new AssertionError("No timer " + activityId));
  }

  List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }
}
