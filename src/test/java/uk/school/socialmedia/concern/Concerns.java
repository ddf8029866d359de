package uk.school.socialmedia.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.school.socialmedia.concern.ConcernReport.AccountType;
import uk.school.socialmedia.concern.ConcernReport.Kind;
import uk.school.socialmedia.concern.ConcernReport.Source;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.notification.OutboxMessage;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.platform.process.RuleViolation;
import uk.school.socialmedia.testsupport.Actors;

/** Reports concerns and works on them as the demo users do, for the concern tests. */
final class Concerns {

  private final ProcessEngine engine;
  private final ConcernReporting reporting;
  private final OutboxRepository outbox;
  private final Actors actors;

  Concerns(ProcessEngine engine, ConcernReporting reporting, OutboxRepository outbox) {
    this.engine = engine;
    this.reporting = reporting;
    this.outbox = outbox;
    this.actors = new Actors(engine.getIdentityService());
  }

  /** The step was refused by a rule of the policy (a {@link RuleViolation}, however wrapped). */
  static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable action,
      String message) {
    return assertThatThrownBy(action)
        .satisfies(e -> assertThat(Stream.iterate(e, Objects::nonNull, Throwable::getCause))
            .anyMatch(RuleViolation.class::isInstance))
        .hasMessageContaining(message);
  }

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.SCHOOL_ZONE);
  }

  static Date schoolTime(LocalDateTime time) {
    return Date.from(time.atZone(EngineClock.SCHOOL_ZONE).toInstant());
  }

  static void setSchoolTime(LocalDateTime time) {
    ClockUtil.setCurrentTime(schoolTime(time));
  }

  ProcessInstance report(String reporter, Subject about, Kind kind, boolean immediateRisk) {
    String reference = reporting.report(new ConcernReport(Source.STAFF_REPORT, null, reporter,
        kind, about, "A comment on the class page named a learner and made fun of them.",
        today().minusDays(1), "Facebook", AccountType.OFFICIAL,
        immediateRisk, "Took a screenshot and hid the comment."));
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
  }

  ProcessInstance reportAboutALearner(String reporter) {
    return report(reporter, Subject.LEARNER, Kind.CONCERN, false);
  }

  Task task(ProcessInstance concern) {
    return engine.getTaskService().createTaskQuery().processInstanceId(concern.getId())
        .singleResult();
  }

  /** Claims and completes the waiting task as the user, as Tasklist does. */
  void complete(ProcessInstance concern, String user, Map<String, Object> variables) {
    String taskId = task(concern).getId();
    actors.as(user, () -> {
      engine.getTaskService().claim(taskId, user);
      engine.getTaskService().complete(taskId, variables);
    });
  }

  void acknowledge(ProcessInstance concern, String user) {
    complete(concern, user, Map.of("acknowledged", true));
  }

  void triage(ProcessInstance concern, String user, TriageDecision decision) {
    Map<String, Object> triage = new HashMap<>(triage(decision));
    complete(concern, user, triage);
  }

  static Map<String, Object> triage(TriageDecision decision) {
    Map<String, Object> triage = new HashMap<>();
    triage.put("category", ConcernCategory.ONLINE_BULLYING.name());
    triage.put("decision", decision.name());
    triage.put("decisionRationale", "One unkind comment, removed at once; the learner is supported.");
    triage.put("parentsTold", "TOLD");
    triage.put("parentsToldRationale", "Parents should know their child was targeted.");
    triage.put("learnerDateOfBirth", "2016-03-14");
    if (decision == TriageDecision.CHILD_PROTECTION_REFERRAL) {
      triage.put("referralDate", today().toString());
      triage.put("referralReference", "CSC-1234");
    }
    return triage;
  }

  void recordAction(ProcessInstance concern, String user, boolean another) {
    complete(concern, user, Map.of("actionDescription", "Online-safety lesson for the class",
        "actionOwner", "Carol Clark (class teacher)",
        "actionDueDate", today().plusDays(7).toString(),
        "anotherAction", another));
  }

  void close(ProcessInstance concern, String user) {
    complete(concern, user, Map.of("actionsComplete", true,
        "closureSummary", "Comment removed, lesson given, parents informed."));
  }

  Job timer(ProcessInstance concern, String timerId) {
    return engine.getManagementService().createJobQuery().processInstanceId(concern.getId())
        .activityId(timerId).singleResult();
  }

  /** Moves the school's clock to the timer's due time and runs it. */
  void fire(ProcessInstance concern, String timerId) {
    Job job = timer(concern, timerId);
    ClockUtil.setCurrentTime(job.getDuedate());
    engine.getManagementService().executeJob(job.getId());
  }

  List<String> candidateGroups(ProcessInstance concern) {
    return engine.getTaskService().getIdentityLinksForTask(task(concern).getId()).stream()
        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
  }

  /** Notices about this concern that reached the user. */
  List<OutboxMessage> noticesTo(String user, ProcessInstance concern) {
    return outbox.findByRecipientUserIdOrderByIdAsc(user).stream()
        .filter(m -> concern.getId().equals(m.getProcessInstanceId())).toList();
  }
}
