package uk.school.socialmedia.audit.retention;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.school.socialmedia.concern.ConcernReport;
import uk.school.socialmedia.concern.ConcernReport.AccountType;
import uk.school.socialmedia.concern.ConcernReport.Kind;
import uk.school.socialmedia.concern.ConcernReport.Source;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.concern.ConcernReporting;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.testsupport.Actors;

/**
 * Takes records of each retention class through their real processes to the end, as the demo
 * users do, and runs what the job executor would run (batches, history clean-up).
 */
final class RetentionFixtures {

  private final ProcessEngine engine;
  private final ConcernReporting reporting;
  private final Actors actors;

  RetentionFixtures(ProcessEngine engine, ConcernReporting reporting) {
    this.engine = engine;
    this.reporting = reporting;
    this.actors = new Actors(engine.getIdentityService());
  }

  /** A concern reported by alice, waiting to be acknowledged. */
  ProcessInstance reportConcern(Subject about) {
    String reference = reporting.report(new ConcernReport(Source.STAFF_REPORT, null, "alice",
        Kind.CONCERN, about, "A comment on the class page made fun of someone.",
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.SCHOOL_ZONE)
            .minusDays(1),
        "Facebook", AccountType.OFFICIAL, false, "Took a screenshot and hid the comment."));
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
  }

  /**
   * A concern about a learner, handled by the DSL and closed: its history has ended. The learner
   * is identified at triage by {@code learner}, e.g. {@code learnerDateOfBirth} or
   * {@code learnerReference}.
   */
  ProcessInstance closedConcernAboutALearner(Map<String, Object> learner) {
    ProcessInstance concern = reportConcern(Subject.LEARNER);
    handleToTheEnd(concern, learner);
    return concern;
  }

  /** The DSL acknowledges, triages and closes the concern about a learner; then it ends. */
  void handleToTheEnd(ProcessInstance concern, Map<String, Object> learner) {
    complete(concern, "dana", Map.of("acknowledged", true));
    Map<String, Object> triage = triage();
    triage.putAll(learner);
    complete(concern, "dana", triage);
    close(concern, "dana");
  }

  /** An allegation about a member of staff, handled by the Head and closed. */
  ProcessInstance closedAllegationAboutStaff(String subjectDateOfBirth) {
    ProcessInstance concern = reportConcern(Subject.STAFF);
    complete(concern, "helen", Map.of("acknowledged", true));
    complete(concern, "helen", Map.of("ladoDecision", "NO_CONSULTATION",
        "ladoRationale", "Below the harm threshold; managed under the code of conduct.",
        "subjectDateOfBirth", subjectDateOfBirth));
    Map<String, Object> triage = triage();
    triage.put("category", "STAFF_CONDUCT");
    complete(concern, "helen", triage);
    close(concern, "helen");
    return concern;
  }

  /** An account-exception request by bob, refused by the Head: a GOVERNANCE record. */
  ProcessInstance refusedAccountException() {
    ProcessInstance instance = requestAccountException("A1042", "REFUSE");
    complete(instance, "helen", Map.of("decision", "REFUSE",
        "decisionRationale", "Contact can go through the school office."));
    return instance;
  }

  /** An account exception for bob, approved by the Head: a row in the exception register. */
  ProcessInstance approvedAccountException(String concernsReference) {
    ProcessInstance instance = requestAccountException(concernsReference, "APPROVE");
    complete(instance, "helen", Map.of("decision", "APPROVE",
        "conditions", "No messages about school.",
        "approvedUntil", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
            EngineClock.SCHOOL_ZONE).plusMonths(6).toString(),
        "decisionRationale", "Pre-existing family relationship; safeguards are sufficient."));
    return instance;
  }

  private ProcessInstance requestAccountException(String concernsReference,
      String recommendation) {
    Map<String, Object> request = new HashMap<>();
    request.put("kind", "PRE_EXISTING_RELATIONSHIP");
    request.put("concernsRole", "CURRENT_LEARNER");
    request.put("concernsReference", concernsReference);
    request.put("reason", "The learner is my niece.");
    request.put("safeguards", "No school matters online; my line manager knows.");
    request.put("requestedMonths", 6);
    ProcessInstance instance = actors.as("bob",
        () -> engine.getRuntimeService().startProcessInstanceByKey("account-exception", request));
    complete(instance, "dana", Map.of(
        "discussionOutcome", "Discussed with the member of staff.",
        "recommendation", recommendation,
        "recommendationRationale", "Family relationship that predates employment."));
    return instance;
  }

  private static Map<String, Object> triage() {
    Map<String, Object> triage = new HashMap<>();
    triage.put("category", "ONLINE_BULLYING");
    triage.put("decision", "NO_FURTHER_ACTION");
    triage.put("decisionRationale", "One unkind comment, removed at once.");
    triage.put("parentsTold", "TOLD");
    triage.put("parentsToldRationale", "Parents should know.");
    return triage;
  }

  /** Records the action, closes the concern and lets the reopening period run out. */
  void close(ProcessInstance concern, String handler) {
    complete(concern, handler, Map.of("actionDescription", "Conversation and support",
        "actionOwner", "Class teacher", "actionDueDate", "2030-01-01", "anotherAction", false));
    complete(concern, handler, Map.of("actionsComplete", true,
        "closureSummary", "Comment removed, support given."));
    Job reopening = engine.getManagementService().createJobQuery()
        .processInstanceId(concern.getId()).activityId("Timer_ReopeningPeriodOver").singleResult();
    ClockUtil.setCurrentTime(reopening.getDuedate());
    engine.getManagementService().executeJob(reopening.getId());
  }

  /** Claims and completes the instance's waiting task as the user, as Tasklist does. */
  void complete(ProcessInstance instance, String user, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .singleResult();
    actors.as(user, () -> {
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId(), variables);
    });
  }

  HistoricProcessInstance history(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult();
  }

  /**
   * Runs Camunda's history clean-up now (by the engine's clock), as in the nightly window, until
   * a run removes no more process instances.
   */
  void cleanUpHistory() {
    var history = engine.getHistoryService();
    long before;
    do {
      before = history.createHistoricProcessInstanceQuery().count();
      Job cleanup = history.cleanUpHistoryAsync(true);
      engine.getManagementService().executeJob(cleanup.getId());
    } while (history.createHistoricProcessInstanceQuery().count() < before);
  }

  /** Runs the set-removal-time batches as the job executor would: seed, jobs, monitor. */
  void runRemovalTimeBatches() {
    var management = engine.getManagementService();
    for (Batch batch : management.createBatchQuery()
        .type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME).list()) {
      for (String definition : List.of(batch.getSeedJobDefinitionId(),
          batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId())) {
        for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
          management.executeJob(job.getId());
        }
      }
    }
  }
}
