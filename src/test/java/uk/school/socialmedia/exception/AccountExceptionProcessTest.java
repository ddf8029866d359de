package uk.school.socialmedia.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.notification.OutboxMessage;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.platform.process.RuleViolation;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** Every path of bpmn/account-exception.bpmn, timers included, and the register it keeps. */
@SchoolSpringTest
class AccountExceptionProcessTest {

  private static final ZoneId SCHOOL = ZoneId.of("Europe/London");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired DemoUsers users;
  @Autowired ExceptionRegister register;
  @Autowired ExceptionRecordRepository records;
  @Autowired OutboxRepository outbox;
  @Autowired ExceptionDemoData demoData;

  ExceptionJourney journey;

  @BeforeEach
  void setUp() {
    users.apply();
    BpmnAwareTests.init(processEngine);
    journey = new ExceptionJourney(runtime, tasks, management, new Actors(identity));
  }

  @Test
  void aRequestAboutAFormerLearnerIsAnsweredAtOnceWithThePolicyRule() {
    ProcessInstance instance = journey.start("alice",
        ExceptionJourney.request("FORMER_LEARNER"));

    BpmnAwareTests.assertThat(instance).isEnded()
        .hasPassed("Task_AnswerFormerLearner", "End_AnsweredWithPolicy")
        .hasNotPassed("Task_DiscussRequest")
        .variables().containsEntry("policyAnswer", AnswerFormerLearnerRequest.POLICY_ANSWER);
    assertThat(records.findByProcessInstanceId(instance.getId())).isEmpty();
    assertThat(noticesFor("alice", instance)).extracting(OutboxMessage::getSubject)
        .containsExactly("Your request about a former learner");
  }

  @Test
  void anApprovedExceptionIsRegisteredUntilTheRequesterClosesItAtReview() {
    ProcessInstance instance = journey.start("alice");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DiscussRequest");
    journey.discuss("dana", instance, "APPROVE");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_HeadDecides");
    LocalDate endDate = today().plusMonths(3);
    journey.approve("helen", instance, "Task_HeadDecides", endDate);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue")
        .variables().containsEntry("decidedBy", "helen").containsEntry("discussedBy", "dana")
        .containsEntry("endDate", endDate.toString());
    ExceptionRecord record = records.findByProcessInstanceId(instance.getId()).orElseThrow();
    assertThat(record.getStatus()).isEqualTo(ExceptionStatus.ACTIVE);
    assertThat(record.getConditions()).startsWith("No messages about school");
    assertThat(record.getApprovedBy()).isEqualTo("helen");
    assertThat(currentIds()).contains(record.getId());
    assertThat(register.hasCurrentException("alice", "a1042")).isTrue();
    assertThat(noticesFor("alice", instance)).extracting(OutboxMessage::getSubject)
        .contains("Your account exception is approved");

    // the review opens the configured lead time (30 days) before the end date
    assertThat(journey.timer(instance, "Timer_ReviewDue").getDuedate().toInstant())
        .isEqualTo(endDate.minusDays(30).atStartOfDay(SCHOOL).toInstant());
    journey.runTimer(instance, "Timer_ReviewDue");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewException")
        .task().isAssignedTo("alice");
    journey.review(instance, "CLOSE");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_CloseException", "End_Closed");
    assertThat(records.findById(record.getId()).orElseThrow().getStatus())
        .isEqualTo(ExceptionStatus.CLOSED);
    assertThat(currentIds()).doesNotContain(record.getId());
  }

  @Test
  void anExceptionNotRenewedExpiresAtItsEndDateAndLeavesTheCurrentRegister() {
    ProcessInstance instance = approvedException("bob", today().plusMonths(2));
    long id = exceptionId(instance);
    journey.runTimer(instance, "Timer_ReviewDue");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewException");

    // the register never lists an exception past its end date, even before the timer has run
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
        today().plusMonths(2).plusDays(1).atStartOfDay(SCHOOL).toInstant().minusSeconds(60)));
    assertThat(currentIds()).contains(id);
    journey.runTimer(instance, "Timer_EndDateReached");

    BpmnAwareTests.assertThat(instance).isEnded()
        .hasPassed("Task_MarkExpired", "End_Expired").hasNotPassed("End_Closed");
    assertThat(records.findById(id).orElseThrow().getStatus()).isEqualTo(ExceptionStatus.EXPIRED);
    assertThat(currentIds()).doesNotContain(id);
    assertThat(noticesFor("bob", instance)).extracting(OutboxMessage::getSubject)
        .contains("Your account exception has ended");
  }

  @Test
  void aRenewalIsDiscussedAndDecidedAgainAndExtendsTheSameRegisterEntry() {
    ProcessInstance instance = approvedException("alice", today().plusMonths(1));
    long id = exceptionId(instance);
    journey.runTimer(instance, "Timer_ReviewDue");
    journey.review(instance, "RENEW");

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DiscussRequest");
    journey.discuss("derek", instance, "APPROVE");
    LocalDate newEnd = today().plusMonths(6);
    journey.approve("helen", instance, "Task_HeadDecides", newEnd);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue");
    ExceptionRecord record = records.findById(id).orElseThrow();
    assertThat(record.getRenewals()).isEqualTo(1);
    assertThat(record.getEndDate()).isEqualTo(newEnd);
    assertThat(journey.timer(instance, "Timer_EndDateReached").getDuedate().toInstant())
        .isEqualTo(newEnd.plusDays(1).atStartOfDay(SCHOOL).toInstant());
  }

  @Test
  void aRefusedRenewalRunsToItsEndDateAndThenExpires() {
    LocalDate endDate = today().plusMonths(1);
    ProcessInstance instance = approvedException("alice", endDate);
    long id = exceptionId(instance);
    journey.runTimer(instance, "Timer_ReviewDue");
    journey.review(instance, "RENEW");
    journey.discuss("dana", instance, "REFUSE");
    journey.refuse("helen", instance, "Task_HeadDecides");

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_UntilEndDate");
    assertThat(currentIds()).contains(id);
    journey.runTimer(instance, "Timer_UntilEndDate");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("End_Expired");
    assertThat(records.findById(id).orElseThrow().getStatus()).isEqualTo(ExceptionStatus.EXPIRED);
    assertThat(noticesFor("alice", instance)).extracting(OutboxMessage::getBody)
        .anyMatch(body -> body.contains("is not renewed: it ends on " + endDate));
  }

  @Test
  void aRefusedRequestEndsWithTheReasonsToldToTheRequester() {
    ProcessInstance instance = journey.start("bob");
    journey.discuss("dana", instance, "REFUSE");
    journey.refuse("helen", instance, "Task_HeadDecides");

    BpmnAwareTests.assertThat(instance).isEnded()
        .hasPassed("Task_TellRefused", "End_Refused").hasNotPassed("Task_RecordException");
    assertThat(records.findByProcessInstanceId(instance.getId())).isEmpty();
    assertThat(noticesFor("bob", instance)).extracting(OutboxMessage::getBody)
        .anyMatch(body -> body.contains("Contact can go through the school office."));
  }

  @Test
  void theHeadsOwnRequestIsDecidedByTheChairOfGovernorsNotTheHead() {
    ProcessInstance instance = journey.start("helen");
    journey.discuss("dana", instance, "APPROVE");

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ChairDecides")
        .task().hasCandidateGroup("chair-of-governors");
    Task decision = journey.task(instance, "Task_ChairDecides");
    assertThat(new Actors(identity).as("helen",
        () -> tasks.createTaskQuery().taskId(decision.getId()).count())).isZero();

    journey.approve("charles", instance, "Task_ChairDecides", today().plusMonths(1));
    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue");
    assertThat(records.findByProcessInstanceId(instance.getId()).orElseThrow().getApprovedBy())
        .isEqualTo("charles");
  }

  @Test
  void theSafeguardingLeadsAndThenTheHeadAreRemindedWhenARequestWaitsTooLong() {
    ProcessInstance instance = journey.start("alice");
    journey.runTimer(instance, "Timer_DiscussionReminder");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DiscussRequest")
        .hasPassed("Task_RemindSafeguardingLeads");
    assertThat(noticesFor("dana", instance)).hasSize(1);
    assertThat(noticesFor("derek", instance)).hasSize(1);

    journey.discuss("dana", instance, "APPROVE");
    journey.runTimer(instance, "Timer_HeadReminder");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_HeadDecides")
        .hasPassed("Task_RemindHead");
    assertThat(noticesFor("helen", instance)).extracting(OutboxMessage::getSubject)
        .containsExactly("Reminder: an account exception is waiting for your decision");
  }

  @Test
  void theChairIsRemindedOfTheHeadsOwnRequest() {
    ProcessInstance instance = journey.start("helen");
    journey.discuss("derek", instance, "APPROVE");
    journey.runTimer(instance, "Timer_ChairReminder");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ChairDecides")
        .hasPassed("Task_RemindChair");
    assertThat(noticesFor("charles", instance)).hasSize(1);
    assertThat(noticesFor("helen", instance)).isEmpty();
  }

  @Test
  void theDslCanRevokeAnExceptionEarlyWithAReason() {
    ProcessInstance instance = approvedException("alice", today().plusMonths(3));
    long id = exceptionId(instance);

    register.revoke(id, "Messages went beyond the agreed conditions.", "dana");

    BpmnAwareTests.assertThat(instance).isEnded()
        .hasPassed("Start_Revoked", "Task_RecordRevocation", "End_Revoked");
    ExceptionRecord record = records.findById(id).orElseThrow();
    assertThat(record.getStatus()).isEqualTo(ExceptionStatus.REVOKED);
    assertThat(record.getEndedBy()).isEqualTo("dana");
    assertThat(record.getEndReason()).isEqualTo("Messages went beyond the agreed conditions.");
    assertThat(currentIds()).doesNotContain(id);
    assertThat(noticesFor("alice", instance)).extracting(OutboxMessage::getSubject)
        .contains("Your account exception has been revoked");
    assertThatThrownBy(() -> register.revoke(id, "again", "dana"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("no longer in force");
  }

  @Test
  void everyDecisionNeedsItsReasonsAndAnApprovalItsConditionsAndAnEndDateWithinAYear() {
    ProcessInstance instance = journey.start("alice");
    String discussion = journey.task(instance, "Task_DiscussRequest").getId();
    assertThatThrownBy(() -> new Actors(identity).as("dana", () -> tasks.complete(discussion,
        Map.of("discussionOutcome", "Talked", "recommendation", "APPROVE",
            "recommendationRationale", "  "))))
        .rootCause().isInstanceOf(RuleViolation.class)
        .hasMessageContaining("reasons for your recommendation");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DiscussRequest");

    journey.discuss("dana", instance, "APPROVE");
    String decision = journey.task(instance, "Task_HeadDecides").getId();
    assertThatThrownBy(() -> new Actors(identity).as("helen", () -> tasks.complete(decision,
        Map.of("decision", "APPROVE", "decisionRationale", "Fine",
            "approvedUntil", today().plusMonths(13).toString()))))
        .rootCause().isInstanceOf(RuleViolation.class)
        .hasMessageContaining("conditions of the exception")
        .hasMessageContaining("end date of the exception");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_HeadDecides");
  }

  @Test
  void theRequesterCanNeverApproveTheirOwnRequest() {
    ProcessInstance instance = journey.start("alice");
    journey.discuss("dana", instance, "APPROVE");
    String decision = journey.task(instance, "Task_HeadDecides").getId();

    assertThatThrownBy(() -> tasks.setAssignee(decision, "alice"))
        .rootCause().isInstanceOf(RuleViolation.class)
        .hasMessageContaining("must be done by a colleague");
    assertThat(journey.task(instance, "Task_HeadDecides").getAssignee()).isNull();
  }

  @Test
  void aSafeguardingLeadNeverDiscussesTheirOwnRequest() {
    ProcessInstance instance = journey.start("dana");
    String discussion = journey.task(instance, "Task_DiscussRequest").getId();

    assertThatThrownBy(() -> new Actors(identity).as("dana", () -> {
      tasks.claim(discussion, "dana");
    })).rootCause().isInstanceOf(RuleViolation.class);
    journey.discuss("derek", instance, "APPROVE");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_HeadDecides");
  }

  @Test
  void theDemoRequestIsSeededOnceWaitingForTheDiscussion() {
    demoData.seed();
    demoData.seed();

    var seeded = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(ExceptionDemoData.BUSINESS_KEY).list();
    assertThat(seeded).hasSize(1);
    BpmnAwareTests.assertThat(seeded.get(0)).isWaitingAt("Task_DiscussRequest")
        .variables().containsEntry("initiator", "bob");
  }

  private ProcessInstance approvedException(String requester, LocalDate until) {
    ProcessInstance instance = journey.start(requester);
    journey.discuss("dana", instance, "APPROVE");
    journey.approve("helen", instance, "Task_HeadDecides", until);
    return instance;
  }

  private long exceptionId(ProcessInstance instance) {
    return records.findByProcessInstanceId(instance.getId()).orElseThrow().getId();
  }

  private java.util.List<Long> currentIds() {
    return register.currentExceptions().stream().map(ExceptionRecord::getId).toList();
  }

  private java.util.List<OutboxMessage> noticesFor(String user, ProcessInstance instance) {
    return outbox.findByRecipientUserIdOrderByIdAsc(user).stream()
        .filter(m -> instance.getId().equals(m.getProcessInstanceId())).toList();
  }

  private static LocalDate today() {
    return LocalDate.now(SCHOOL);
  }
}
