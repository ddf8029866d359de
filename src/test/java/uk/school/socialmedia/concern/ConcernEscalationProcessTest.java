package uk.school.socialmedia.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.school.socialmedia.concern.ConcernReport.Kind;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** Every route and every clock of concern escalation (policy 1.1-1.4, KCSIE). */
@SchoolSpringTest
class ConcernEscalationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ConcernReporting reporting;
  @Autowired OutboxRepository outbox;
  @Autowired DemoUsers users;
  @Autowired AuthorizationService authorizations;
  @Autowired HistoryService history;

  Concerns concerns;

  @BeforeEach
  void setUp() {
    users.apply();
    BpmnAwareTests.init(engine);
    concerns = new Concerns(engine, reporting, outbox);
  }

  @Test
  void aConcernAboutALearnerIsAcknowledgedTriagedActedOnAndClosedByTheDsl() {
    ProcessInstance concern = concerns.reportAboutALearner("alice");

    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Acknowledge")
        .hasBusinessKey(concern.getBusinessKey())
        .variables().containsEntry("route", "SAFEGUARDING").containsEntry("handlers", "dsl")
        .containsEntry("readers", "dsl,ddsl,head");
    assertThat(concern.getBusinessKey()).matches("SC-\\d{8}-[0-9A-F]{6}");
    assertThat(concerns.candidateGroups(concern)).containsExactly("dsl");
    assertThat(concerns.noticesTo("dana", concern)).extracting(m -> m.getSubject())
        .containsExactly("A concern needs your attention");
    assertThat(concerns.noticesTo("alice", concern)).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).contains(concern.getBusinessKey()));

    concerns.acknowledge(concern, "dana");
    BpmnAwareTests.assertThat(concern).hasPassed("Gateway_Allegation").isWaitingAt("Task_Triage");
    concerns.triage(concern, "dana", TriageDecision.ONLINE_SAFETY_EDUCATION);
    BpmnAwareTests.assertThat(concern).hasPassed("Gateway_ReferralDone")
        .hasNotPassed("Task_ReferralOutcome").isWaitingAt("Task_RecordAction")
        .variables().containsEntry("referralMade", false).containsEntry("triagedBy", "dana");
    concerns.recordAction(concern, "dana", true);
    concerns.recordAction(concern, "dana", false);
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Close");
    assertThat((String) engine.getRuntimeService().getVariable(concern.getId(), "actionPlan"))
        .startsWith("1. Online-safety lesson").contains("\n2. Online-safety lesson");
    concerns.close(concern, "dana");

    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Reopen")
        .variables().containsEntry("closedBy", "dana").containsKey("closedOn");
    concerns.fire(concern, "Timer_ReopeningPeriodOver");
    BpmnAwareTests.assertThat(concern).isEnded().hasPassed("End_ConcernClosed");
  }

  @Test
  void theChronologyIsReadableFromHistoryWithEveryDecisionAndItsReasons() {
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    concerns.acknowledge(concern, "dana");
    concerns.triage(concern, "dana", TriageDecision.NO_FURTHER_ACTION);

    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(concern.getId())
        .finished().orderByHistoricActivityInstanceStartTime().asc().list())
        .extracting(t -> t.getTaskDefinitionKey() + " by " + t.getAssignee())
        .containsExactly("Task_Acknowledge by dana", "Task_Triage by dana");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(concern.getId())
        .variableName("decisionRationale").singleResult().getValue())
        .isEqualTo("One unkind comment, removed at once; the learner is supported.");
    assertThat(engine.getTaskService().getProcessInstanceComments(concern.getId()))
        .extracting(c -> c.getUserId() + ": " + c.getFullMessage())
        .anyMatch(c -> c.startsWith("dana: Triage: ONLINE_BULLYING, decision NO_FURTHER_ACTION"));
  }

  @Test
  void aChildProtectionReferralRecordsTheReferralAndItsOutcomeAndChasesItAfterOneWorkingDay() {
    Concerns.setSchoolTime(LocalDateTime.of(2026, 11, 27, 9, 0)); // a Friday
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    concerns.acknowledge(concern, "dana");
    concerns.triage(concern, "dana", TriageDecision.CHILD_PROTECTION_REFERRAL);

    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_ReferralOutcome")
        .variables().containsEntry("referralMade", true).containsEntry("referralReference", "CSC-1234");
    assertThat(concerns.timer(concern, "Timer_ReferralOutcomeOverdue").getDuedate())
        .isEqualTo(Concerns.schoolTime(LocalDateTime.of(2026, 11, 30, 9, 0)));
    concerns.fire(concern, "Timer_ReferralOutcomeOverdue");
    BpmnAwareTests.assertThat(concern).hasPassed("End_ReferralOverdueAlerted")
        .isWaitingAt("Task_ReferralOutcome");

    concerns.complete(concern, "dana", Map.of("referralOutcome", "ASSESSMENT",
        "referralOutcomeNotes", "Duty social worker: single assessment, 30 November."));
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_RecordAction");
  }

  @Test
  void aConcernAboutStaffHasTheHeadAsCaseManagerTellsTheDslAndNeedsALadoDecision() {
    Concerns.setSchoolTime(LocalDateTime.of(2026, 12, 24, 11, 0)); // Christmas Eve, a Thursday
    ProcessInstance concern = concerns.report("alice", Subject.STAFF, Kind.CONCERN, false);

    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Acknowledge")
        .variables().containsEntry("route", "STAFF_ALLEGATION").containsEntry("handlers", "head");
    assertThat(concerns.candidateGroups(concern)).containsExactly("head");
    assertThat(concerns.noticesTo("dana", concern)).as("the DSL is informed").hasSize(1);
    assertThat(concerns.noticesTo("helen", concern)).hasSize(1);

    concerns.acknowledge(concern, "helen");
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_LadoDecision");
    // one working day after Christmas Eve is Tuesday 29 December (25, 28 are bank holidays)
    assertThat(concerns.timer(concern, "Timer_LadoDecisionOverdue").getDuedate())
        .isEqualTo(Concerns.schoolTime(LocalDateTime.of(2026, 12, 29, 11, 0)));
    concerns.fire(concern, "Timer_LadoDecisionOverdue");
    BpmnAwareTests.assertThat(concern).hasPassed("End_LadoOverdueAlerted")
        .isWaitingAt("Task_LadoDecision");
    assertThat(concerns.noticesTo("dana", concern)).hasSize(2);

    Map<String, Object> consulted = Map.of("ladoDecision", "CONSULT_LADO",
        "ladoRationale", "An adult's conduct towards a learner online.",
        "subjectDateOfBirth", "1988-06-30");
    Concerns.assertRefused(() -> concerns.complete(concern, "helen", consulted), "what the LADO advised");
    Map<String, Object> advised = new HashMap<>(consulted);
    advised.put("ladoAdvice", "LADO (29 Dec): school to manage under its code of conduct.");
    advised.remove("subjectDateOfBirth");
    Concerns.assertRefused(() -> concerns.complete(concern, "helen", advised), "date of birth");
    advised.put("subjectDateOfBirth", "1988-06-30");
    concerns.complete(concern, "helen", advised);
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Triage")
        .variables().containsEntry("ladoDecidedBy", "helen");
  }

  @Test
  void aConcernAboutTheHeadGoesToTheChairOfGovernorsAndNeverReachesTheHead() {
    ProcessInstance concern = concerns.report("alice", Subject.HEAD, Kind.CONCERN, false);

    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Acknowledge")
        .variables().containsEntry("route", "HEAD_ALLEGATION")
        .containsEntry("handlers", "chair-of-governors");
    assertThat(concerns.candidateGroups(concern)).containsExactly("chair-of-governors");
    // escalate it all the way: it still never reaches the Head
    concerns.fire(concern, "Timer_AcknowledgeOverdue");
    concerns.fire(concern, "Timer_AcknowledgeStillOverdue");
    assertThat(concerns.candidateGroups(concern))
        .containsExactlyInAnyOrder("chair-of-governors", "dsl", "ddsl").doesNotContain("head");
    for (String resource : new String[] {concern.getId(), concerns.task(concern).getId()}) {
      assertThat(authorizations.createAuthorizationQuery().groupIdIn("head", "slt", "staff")
          .resourceId(resource).list()).isEmpty();
      assertThat(authorizations.createAuthorizationQuery().userIdIn("helen")
          .resourceId(resource).list()).isEmpty();
    }
    assertThat(concerns.noticesTo("helen", concern)).isEmpty();
    assertThat(concerns.noticesTo("charles", concern)).isNotEmpty();

    concerns.acknowledge(concern, "charles");
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_LadoDecision");
  }

  @Test
  void aNoticeThatContentConflictsWithARoleGoesToTheSeniorLeadershipTeam() {
    ProcessInstance concern = concerns.report("bob", Subject.OTHER, Kind.ROLE_CONFLICT, false);

    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Acknowledge")
        .variables().containsEntry("route", "ROLE_CONFLICT").containsEntry("handlers", "slt");
    concerns.acknowledge(concern, "brian");
    BpmnAwareTests.assertThat(concern).hasNotPassed("Task_LadoDecision").isWaitingAt("Task_Triage");
  }

  @Test
  void anUnacknowledgedConcernGoesToTheDeputyAfterOneWorkingDayThenToTheHead() {
    Concerns.setSchoolTime(LocalDateTime.of(2026, 11, 27, 15, 0)); // Friday afternoon
    ProcessInstance concern = concerns.reportAboutALearner("alice");

    assertThat(concerns.task(concern).getDueDate())
        .isEqualTo(Concerns.schoolTime(LocalDateTime.of(2026, 11, 30, 15, 0)));
    assertThat(concerns.timer(concern, "Timer_AcknowledgeStillOverdue").getDuedate())
        .isEqualTo(Concerns.schoolTime(LocalDateTime.of(2026, 12, 1, 15, 0)));

    concerns.fire(concern, "Timer_AcknowledgeOverdue");
    BpmnAwareTests.assertThat(concern).hasPassed("End_CounterpartsAlerted")
        .isWaitingAt("Task_Acknowledge");
    assertThat(concerns.candidateGroups(concern)).containsExactlyInAnyOrder("dsl", "ddsl");
    assertThat(concerns.noticesTo("derek", concern)).singleElement().satisfies(m -> {
      assertThat(m.getSubject()).isEqualTo("A concern needs your attention");
      assertThat(m.getBody()).doesNotContain("Facebook", "learner", "comment");
    });

    concerns.fire(concern, "Timer_AcknowledgeStillOverdue");
    assertThat(concerns.candidateGroups(concern)).containsExactlyInAnyOrder("dsl", "ddsl", "head");
    assertThat(concerns.noticesTo("helen", concern)).hasSize(1);

    concerns.acknowledge(concern, "derek");
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Triage");
    assertThat(concerns.candidateGroups(concern)).as("the deputy stays involved")
        .containsExactlyInAnyOrder("dsl", "ddsl", "head");
  }

  @Test
  void aReportOfImmediateRiskMustBeAcknowledgedWithinTheHour() {
    Concerns.setSchoolTime(LocalDateTime.of(2026, 11, 28, 22, 0)); // Saturday night
    ProcessInstance concern = concerns.report("alice", Subject.LEARNER, Kind.CONCERN, true);

    assertThat(concerns.timer(concern, "Timer_AcknowledgeOverdue").getDuedate())
        .isEqualTo(Concerns.schoolTime(LocalDateTime.of(2026, 11, 28, 23, 0)));
    assertThat(concerns.timer(concern, "Timer_AcknowledgeStillOverdue").getDuedate())
        .isEqualTo(Concerns.schoolTime(LocalDateTime.of(2026, 11, 29, 0, 0)));
  }

  @Test
  void anUntriagedConcernIsChasedAndTheCounterpartBroughtIn() {
    Concerns.setSchoolTime(LocalDateTime.of(2026, 11, 25, 10, 0)); // Wednesday
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    concerns.acknowledge(concern, "dana");

    assertThat(concerns.timer(concern, "Timer_TriageOverdue").getDuedate())
        .isEqualTo(Concerns.schoolTime(LocalDateTime.of(2026, 11, 26, 10, 0)));
    concerns.fire(concern, "Timer_TriageOverdue");
    BpmnAwareTests.assertThat(concern).hasPassed("End_TriageOverdueAlerted")
        .isWaitingAt("Task_Triage");
    assertThat(concerns.candidateGroups(concern)).containsExactlyInAnyOrder("dsl", "ddsl");
  }

  @Test
  void unplannedActionsAndConcernsLeftOpenAreChased() {
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    concerns.acknowledge(concern, "dana");
    concerns.triage(concern, "dana", TriageDecision.ANTI_BULLYING);

    concerns.fire(concern, "Timer_ActionsOverdue");
    BpmnAwareTests.assertThat(concern).hasPassed("End_ActionsOverdueAlerted")
        .isWaitingAt("Task_RecordAction");
    concerns.recordAction(concern, "dana", false);

    concerns.fire(concern, "Timer_StillOpen");
    concerns.fire(concern, "Timer_StillOpen");
    BpmnAwareTests.assertThat(concern).hasPassed("End_StillOpenAlerted").isWaitingAt("Task_Close");
    assertThat(concerns.timer(concern, "Timer_StillOpen")).as("reminders repeat").isNotNull();
  }

  @Test
  void aClosedConcernCanBeReopenedWithAReasonAndGoesBackToTriage() {
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    concerns.acknowledge(concern, "dana");
    concerns.triage(concern, "dana", TriageDecision.NO_FURTHER_ACTION);
    concerns.recordAction(concern, "dana", false);
    concerns.close(concern, "dana");

    Concerns.assertRefused(() -> concerns.complete(concern, "dana", Map.of("reopenReason", " ")), "reason for reopening");
    concerns.complete(concern, "dana", Map.of("reopenReason", "The same account posted again."));
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Triage")
        .variables().containsEntry("reopenedBy", "dana").containsEntry("closedOn", null);
  }

  @Test
  void aDecisionWithoutItsReasonsIsRefusedAndNothingChanges() {
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    concerns.acknowledge(concern, "dana");

    for (String emptyReason : new String[] {"", "   "}) {
      Map<String, Object> triage = new HashMap<>(Concerns.triage(TriageDecision.NO_FURTHER_ACTION));
      triage.put("decisionRationale", emptyReason);
      Concerns.assertRefused(() -> concerns.complete(concern, "dana", triage), "reasons for the decision");
    }
    Map<String, Object> noParentsReason = new HashMap<>(Concerns.triage(TriageDecision.BEHAVIOUR));
    noParentsReason.put("parentsToldRationale", "");
    Concerns.assertRefused(() -> concerns.complete(concern, "dana", noParentsReason), "parents or carers");
    Map<String, Object> freeTextCategory = new HashMap<>(Concerns.triage(TriageDecision.BEHAVIOUR));
    freeTextCategory.put("category", "Bad stuff online");
    Concerns.assertRefused(() -> concerns.complete(concern, "dana", freeTextCategory), "the category");
    Map<String, Object> noLearner = new HashMap<>(Concerns.triage(TriageDecision.BEHAVIOUR));
    noLearner.remove("learnerDateOfBirth");
    Concerns.assertRefused(() -> concerns.complete(concern, "dana", noLearner), "date of birth");
    Map<String, Object> referralWithoutReference =
        new HashMap<>(Concerns.triage(TriageDecision.CHILD_PROTECTION_REFERRAL));
    referralWithoutReference.remove("referralReference");
    Concerns.assertRefused(() -> concerns.complete(concern, "dana", referralWithoutReference), "reference or contact");

    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Triage");
    assertThat(engine.getRuntimeService().getVariable(concern.getId(), "decision")).isNull();
  }

  @Test
  void aHandlerCanNeverRewriteWhatTheReporterWroteNorHowTheConcernWasRouted() {
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    String reported = "A comment on the class page named a learner and made fun of them.";

    for (Map.Entry<String, Object> rewrite : List.<Map.Entry<String, Object>>of(
        Map.entry("whatHappened", "Nothing worth reporting."),
        Map.entry("whenItHappened", Concerns.today().minusYears(1).toString()),
        Map.entry("aboutWhom", "OTHER"),
        Map.entry("immediateRisk", true),
        Map.entry("handlers", "staff"),
        Map.entry("concernReference", "SC-20000101-000000"))) {
      Concerns.assertRefused(() -> concerns.complete(concern, "dana",
          Map.of("acknowledged", true, rewrite.getKey(), rewrite.getValue())), rewrite.getKey());
    }
    String task = concerns.task(concern).getId();
    Concerns.assertRefused(() -> engine.getFormService().submitTaskForm(task,
        Map.of("acknowledged", true, "whatHappened", "Nothing worth reporting.")), "whatHappened");
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Acknowledge").variables()
        .containsEntry("whatHappened", reported).containsEntry("aboutWhom", "LEARNER")
        .containsEntry("immediateRisk", false).containsEntry("handlers", "dsl")
        .containsEntry("concernReference", concern.getBusinessKey());

    concerns.acknowledge(concern, "dana");
    Map<String, Object> triage = new HashMap<>(Concerns.triage(TriageDecision.BEHAVIOUR));
    triage.put("actionAlreadyTaken", "Nothing.");
    Concerns.assertRefused(() -> concerns.complete(concern, "dana", triage), "actionAlreadyTaken");
    concerns.triage(concern, "dana", TriageDecision.BEHAVIOUR);
    concerns.recordAction(concern, "dana", false);
    Concerns.assertRefused(() -> concerns.complete(concern, "dana", Map.of("actionsComplete", true,
        "closureSummary", "Done.", "actionPlan", "1. Nothing to do")), "actionPlan");
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Close").variables()
        .containsEntry("actionAlreadyTaken", "Took a screenshot and hid the comment.");
    assertThat((String) engine.getRuntimeService().getVariable(concern.getId(), "actionPlan"))
        .startsWith("1. Online-safety lesson");
  }

  @Test
  void theActionPlanNeverGrowsBeyondWhatTheEngineStores() {
    ProcessInstance concern = concerns.reportAboutALearner("alice");
    concerns.acknowledge(concern, "dana");
    concerns.triage(concern, "dana", TriageDecision.BEHAVIOUR);
    Map<String, Object> longest = Map.of("actionDescription",
        "a".repeat(ConcernVariables.ACTION_LENGTH), "actionOwner",
        "o".repeat(ConcernVariables.SHORT_TEXT_LENGTH),
        "actionDueDate", Concerns.today().plusDays(7).toString(), "anotherAction", true);
    Concerns.assertRefused(() -> concerns.complete(concern, "dana", Map.of("actionDescription",
        "a".repeat(ConcernVariables.ACTION_LENGTH + 1), "actionOwner", "Carol",
        "actionDueDate", Concerns.today().plusDays(7).toString(), "anotherAction", true)),
        "at most 1,000 characters");

    concerns.complete(concern, "dana", longest);
    concerns.complete(concern, "dana", longest);
    concerns.complete(concern, "dana", longest);
    String threeActions = (String) engine.getRuntimeService().getVariable(concern.getId(),
        "actionPlan");
    assertThat(threeActions).contains("a".repeat(ConcernVariables.ACTION_LENGTH)).contains("\n3. ");
    Concerns.assertRefused(() -> concerns.complete(concern, "dana", longest),
        "The action plan holds at most 4,000 characters");

    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_RecordAction");
    assertThat(engine.getRuntimeService().getVariable(concern.getId(), "actionPlan"))
        .isEqualTo(threeActions);
  }

  @Test
  void aDslWhoReportsAConcernCannotHandleItThemselvesSoTheDeputyIsBroughtInAtOnce() {
    ProcessInstance concern = concerns.reportAboutALearner("dana");

    assertThat(concerns.candidateGroups(concern)).containsExactlyInAnyOrder("dsl", "ddsl");
    Concerns.assertRefused(() -> concerns.acknowledge(concern, "dana"), "must be done by a colleague");
    concerns.acknowledge(concern, "derek");
    Concerns.assertRefused(() -> concerns.triage(concern, "dana", TriageDecision.BEHAVIOUR),
        "must be done by a colleague");
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Triage");
  }

  @Test
  void anIncompleteReportIsRefusedAndNothingIsRecorded() {
    Concerns.assertRefused(() -> reporting.report(new ConcernReport(ConcernReport.Source.POST_REVIEW,
        null, "alice", Kind.CONCERN, Subject.LEARNER, " ", Concerns.today().plusDays(3), "",
        ConcernReport.AccountType.OFFICIAL, false, "")), "reference of what the concern was raised from")
        .hasMessageContaining("what happened")
        .hasMessageContaining("not a future date")
        .hasMessageContaining("where it happened");
  }

  @Test
  void aConcernRaisedFromPostReviewKeepsItsSourceAndTheReporterAsInitiator() {
    String reference = reporting.report(new ConcernReport(ConcernReport.Source.POST_REVIEW,
        "POST-42", "bob", Kind.OFFICIAL_CHANNEL, Subject.PARENT_CARER,
        "A parent replied to our post with abuse aimed at a teacher.", Concerns.today(),
        "Instagram", ConcernReport.AccountType.OFFICIAL, false, "Hid the reply."));

    ProcessInstance concern = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_Acknowledge").variables()
        .containsEntry("initiator", "bob").containsEntry("source", "POST_REVIEW")
        .containsEntry("sourceReference", "POST-42").containsEntry("concernReference", reference);
  }

  @Test
  void aConcernRaisedElsewhereWaitsForItsReporterToDescribeItBeforeAnyoneIsTold() {
    Actors actors = new Actors(engine.getIdentityService());
    // as a post review does: inside the reviewer's own step (a person may not send the message)
    String reference = actors.as("bob", () -> ((ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired().execute(
            context -> reporting.raiseToDescribe(ConcernReport.Source.POST_REVIEW, "POST-77")));
    ProcessInstance concern = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();

    BpmnAwareTests.assertThat(concern).isWaitingAt("Task_DescribeConcern").task()
        .isAssignedTo("bob");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(concern.getId())
        .singleResult().getStartUserId()).isEqualTo("bob");
    assertThat(engine.getRuntimeService().getVariables(concern.getId()))
        .containsEntry("source", "POST_REVIEW").containsEntry("sourceReference", "POST-77")
        .containsEntry("concernReference", reference).doesNotContainKeys("handlers", "readers");
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(concern.getId()).count()).isZero();
    assertThat(concerns.noticesTo("dana", concern)).isEmpty();

    Map<String, Object> incomplete = new HashMap<>(description());
    incomplete.remove("whatHappened");
    incomplete.put("actionAlreadyTaken", "y".repeat(4001));
    String describe = concerns.task(concern).getId();
    Concerns.assertRefused(() -> actors.as("bob", () -> engine.getTaskService().complete(
        describe, incomplete)), "what happened")
        .hasMessageContaining("4,000 characters");
    assertThatThrownBy(() -> actors.as("derek", () -> engine.getTaskService().complete(
        describe, description()))).isInstanceOf(AuthorizationException.class);
    Concerns.assertRefused(() -> engine.getTaskService().setAssignee(describe, "derek"),
        "Only the colleague who raised");

    actors.as("bob", () -> engine.getTaskService().complete(describe, description()));
    // like any reporter, bob keeps nothing: not even the history of the step he completed
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
        .resourceId(describe).count()).isZero();
    assertThat(actors.as("bob", () -> history.createHistoricVariableInstanceQuery()
        .processInstanceId(concern.getId()).count())).isZero();
    BpmnAwareTests.assertThat(concern).hasPassed("Task_DescribeConcern", "Task_RestrictAccess")
        .isWaitingAt("Task_Acknowledge");
    assertThat(concerns.candidateGroups(concern)).containsExactly("dsl");
    assertThat(concerns.noticesTo("bob", concern)).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).contains(reference));
  }

  @Test
  void nobodyRaisesAConcernToDescribeWithoutBeingSignedIn() {
    Concerns.assertRefused(() -> reporting.raiseToDescribe(ConcernReport.Source.POST_REVIEW,
        "POST-78"), "signed-in member of staff");
  }

  private static Map<String, Object> description() {
    Map<String, Object> report = new HashMap<>();
    report.put("kindOfReport", "CONCERN");
    report.put("aboutWhom", "LEARNER");
    report.put("immediateRisk", false);
    report.put("whatHappened", "The draft's photo shows a learner whose placement is confidential.");
    report.put("whenItHappened", Concerns.today().toString());
    report.put("platform", "A draft post for the school's Facebook page");
    report.put("accountType", "OFFICIAL");
    report.put("actionAlreadyTaken", "Stopped the post in review.");
    return report;
  }
}
