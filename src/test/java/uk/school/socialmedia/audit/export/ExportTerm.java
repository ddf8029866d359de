package uk.school.socialmedia.audit.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.aup.AupSigningRequests;
import uk.school.socialmedia.aup.AupVersions;
import uk.school.socialmedia.channel.ChannelRegister;
import uk.school.socialmedia.concern.ConcernReport;
import uk.school.socialmedia.concern.ConcernReporting;
import uk.school.socialmedia.identity.DemoData;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.Actors;

/**
 * A term of activity for the export tests, through the real processes: the demo data of every
 * feature (channels, AUP, consent with a class of learners, posts, a concern, an exception
 * request), plus records of this test's own, each carrying a unique marker where only the
 * people handling it may read it: a concern acknowledged late and triaged, an account exception
 * discussed and approved, an AUP request whose reminder clock ran out, and an incident.
 */
final class ExportTerm {

  /** Written into every confidential field below; must never appear in an export. */
  final String marker = "CONFIDENTIAL-" + UUID.randomUUID();
  final ProcessInstance concern;
  final ProcessInstance exception;
  final HistoricTaskInstance exceptionDecision;
  final ProcessInstance aupRequest;
  final Incident incident;
  /** A post its reviewer stopped with a safeguarding concern. */
  final ProcessInstance stoppedPost;

  private final ProcessEngine engine;
  private final Actors actors;

  ExportTerm(ApplicationContext context) {
    engine = context.getBean(ProcessEngine.class);
    actors = new Actors(engine.getIdentityService());
    context.getBean(DemoUsers.class).apply();
    context.getBeanProvider(DemoData.class).orderedStream().forEach(DemoData::seed);

    String reference = context.getBean(ConcernReporting.class).report(new ConcernReport(
        ConcernReport.Source.STAFF_REPORT, null, "bob", ConcernReport.Kind.CONCERN,
        ConcernReport.Subject.LEARNER, "A comment named a learner. " + marker,
        LocalDate.now().minusDays(1), "Facebook", ConcernReport.AccountType.OFFICIAL, false,
        "Hid the comment. " + marker));
    concern = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    runTimer(concern, "Timer_AcknowledgeOverdue");
    complete("dana", concern, "Task_Acknowledge",
        Map.of("acknowledged", true, "acknowledgementNote", marker));
    Map<String, Object> triage = new HashMap<>();
    triage.put("category", "ONLINE_BULLYING");
    triage.put("decision", "ANTI_BULLYING");
    triage.put("decisionRationale", "Unkind comment, removed. " + marker);
    triage.put("parentsTold", "TOLD");
    triage.put("parentsToldRationale", "Parents should know. " + marker);
    triage.put("learnerDateOfBirth", "2016-03-14");
    complete("dana", concern, "Task_Triage", triage);

    Map<String, Object> request = new HashMap<>();
    request.put("kind", "PRE_EXISTING_RELATIONSHIP");
    request.put("concernsRole", "CURRENT_LEARNER");
    request.put("concernsReference", "A-" + marker);
    request.put("reason", "The learner is my niece. " + marker);
    request.put("safeguards", "No school matters online. " + marker);
    request.put("requestedMonths", 6);
    exception = actors.as("bob", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("account-exception", request));
    complete("dana", exception, "Task_DiscussRequest", Map.of(
        "discussionOutcome", "Boundaries agreed. " + marker,
        "recommendation", "APPROVE",
        "recommendationRationale", "Family relationship. " + marker));
    complete("helen", exception, "Task_HeadDecides", Map.of(
        "decision", "APPROVE",
        "conditions", "No messages about school. " + marker,
        "approvedUntil", LocalDate.now().plusMonths(3).toString(),
        "decisionRationale", "Safeguards are sufficient. " + marker));
    exceptionDecision = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(exception.getId()).taskDefinitionKey("Task_HeadDecides")
        .singleResult();

    String signer = "export-" + marker.substring(marker.length() - 8);
    User user = engine.getIdentityService().newUser(signer);
    user.setFirstName("Export");
    user.setLastName("Signer");
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(signer, "staff");
    int version = context.getBean(AupVersions.class).current().orElseThrow().getVersionNumber();
    aupRequest = context.getBean(AupSigningRequests.class).request(signer, version, "helen")
        .orElseThrow();
    runTimer(aupRequest, "Timer_Reminder");
    String execution = engine.getRuntimeService().createExecutionQuery()
        .processInstanceId(aupRequest.getId()).activityId("Task_SignAup").list().get(0).getId();
    incident = engine.getRuntimeService().createIncident("exportTestIncident", execution,
        "export-test", "Failed while handling " + marker);

    long channel = context.getBean(ChannelRegister.class).activeChannels().stream()
        .filter(c -> c.getName().contains("Facebook")).findFirst().orElseThrow().getId();
    String postReview = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("post-review").latestVersion().singleResult().getId();
    stoppedPost = actors.as("alice",
        () -> engine.getFormService().submitStartForm(postReview, Map.of()));
    String text = "Well done to our football team. " + marker;
    Map<String, Object> draft = new HashMap<>();
    draft.put("channelId", String.valueOf(channel));
    draft.put("postText", text);
    draft.put("learnersShown", "");
    draft.put("imageDescription", "");
    draft.put("learnersTakePart", false);
    draft.put("scheduledFor", java.time.Instant.now().plus(java.time.Duration.ofDays(3))
        .truncatedTo(java.time.temporal.ChronoUnit.HOURS).toString());
    draft.put("isReply", false);
    submit("alice", stoppedPost, "Task_WriteDraft", draft);
    Map<String, Object> review = new HashMap<>();
    for (String check : List.of("checkProfessional", "checkAccurate",
        "checkNoPersonalInformation", "checkLegal", "checkConsent", "checkNoCommitment")) {
      review.put(check, true);
    }
    // the concern itself is described in the concern's own form, never in the review
    review.put("reviewDecision", "RAISE_CONCERN");
    submit("brian", stoppedPost, "Task_ReviewPost", review);
  }

  /** As Tasklist would: claim, then submit the task's form. */
  private void submit(String user, ProcessInstance instance, String taskKey,
      Map<String, Object> form) {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult().getId();
    actors.as(user, () -> {
      engine.getTaskService().claim(taskId, user);
      engine.getFormService().submitTaskForm(taskId, form);
    });
  }

  /** Runs the timer now, as if its time had come. */
  private void runTimer(ProcessInstance instance, String timerId) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(timerId).singleResult().getId());
  }

  private void complete(String user, ProcessInstance instance, String taskKey,
      Map<String, Object> form) {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult().getId();
    actors.as(user, () -> {
      engine.getTaskService().claim(taskId, user);
      engine.getTaskService().complete(taskId, form);
    });
  }

  List<String> learnerNames(org.springframework.jdbc.core.JdbcTemplate jdbc) {
    return jdbc.queryForList("select display_name from learner", String.class);
  }
}
