package uk.school.socialmedia.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.platform.process.RuleViolation;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** parental-consent: request, reminders, the written answer, no answer, renewal. */
@SchoolSpringTest
class ParentalConsentProcessTest {

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
  @Autowired OutboxRepository outbox;
  @Autowired TestRestTemplate http;

  Actors actors;
  RestClient rest;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    users.apply();
    actors = new Actors(identity);
    rest = new RestClient(http);
    ConsentVerificationTest.moveClockTo(TODAY);
  }

  @Test
  void theOfficeRecordsTheWrittenAnswerPerPurposeAndTheRegisterIsUpdated() {
    String learner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);
    BpmnAwareTests.assertThat(request).isWaitingAt("Task_RecordResponse")
        .hasBusinessKey(learner);
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("olivia"))
        .anyMatch(n -> n.getProcessInstanceId().equals(request.getId())
            && n.getBody().contains(learner) && !n.getBody().contains("Test Learner"));

    Task task = responseTask(request);
    actors.as("olivia", () -> tasks.complete(task.getId(), answer(true, true, false, false)));

    BpmnAwareTests.assertThat(request).hasPassed("Task_UpdateRegister")
        .isWaitingAt("Timer_RenewalDue")
        .variables().containsEntry("consentGivenFor", "SOCIAL_MEDIA_IMAGE,WEBSITE_IMAGE");
    List<ConsentRecord> history = register.history(learner);
    assertThat(history).hasSize(2).allSatisfy(record -> {
      assertThat(record.getGivenByName()).isEqualTo("Sam Parent");
      assertThat(record.getGivenByRelationship()).isEqualTo(Relationship.PARENT);
      assertThat(record.getMethod()).isEqualTo(ConsentRecord.Method.WRITTEN_FORM);
      assertThat(record.getGivenOn()).isEqualTo(TODAY.minusDays(2));
      assertThat(record.getValidUntil()).isEqualTo(LocalDate.of(2027, 8, 31));
      assertThat(record.getRecordedBy()).isEqualTo("olivia");
    });
    assertThat(verification.verify(ConsentPurpose.NAME_WITH_IMAGE, List.of(learner)).gaps())
        .containsEntry(learner, ConsentGap.PURPOSE_NOT_COVERED);
  }

  @Test
  void noConsentIsRecordedWithoutTheRespondingParentAndTheDate() {
    String learner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);
    Task task = responseTask(request);
    Map<String, Object> incomplete = answer(true, true, true, true);
    incomplete.put("parentName", " ");
    incomplete.remove("dateOnForm");

    assertThatThrownBy(() -> actors.as("olivia", () -> tasks.complete(task.getId(), incomplete)))
        .hasRootCauseInstanceOf(RuleViolation.class)
        .hasMessageContaining("name of the parent or carer")
        .hasMessageContaining("date on the parent's or carer's form");
    BpmnAwareTests.assertThat(request).isWaitingAt("Task_RecordResponse");
    assertThat(register.history(learner)).isEmpty();
  }

  @Test
  void aFormDatedInTheFutureIsRefusedOverRestAndNothingChanges() {
    String learner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);
    Map<String, Object> answer = answer(true, false, false, false);
    answer.put("dateOnForm", TODAY.plusDays(3).toString());

    var response = rest.post("olivia", "/engine-rest/task/" + responseTask(request).getId()
        + "/complete", Map.of("variables", RestClient.variables(answer)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("not in the future");
    BpmnAwareTests.assertThat(request).isWaitingAt("Task_RecordResponse");
    assertThat(register.history(learner)).isEmpty();
  }

  @Test
  void parentsWhoHaveNotAnsweredAreRemindedAndTheRequestKeepsWaiting() {
    String learner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);
    Job reminder = timer(request, "Timer_Reminder");
    assertThat(reminder.getDuedate()).isEqualTo(ConsentVerificationTest.tenOClockOn(TODAY.plusDays(14)));

    ConsentVerificationTest.moveClockTo(TODAY.plusDays(14));
    management.executeJob(reminder.getId());

    BpmnAwareTests.assertThat(request).hasPassed("Task_SendReminder", "EndEvent_ReminderSent")
        .isWaitingAt("Task_RecordResponse");
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("olivia"))
        .anyMatch(n -> request.getId().equals(n.getProcessInstanceId())
            && n.getSubject().startsWith("Reminder"));
  }

  @Test
  void withoutAnAnswerByTheDeadlineTheLearnerHasNoConsentAndTheOfficeIsTold() {
    String learner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);
    Job deadline = timer(request, "Timer_ResponseDeadline");
    assertThat(deadline.getDuedate()).isEqualTo(ConsentVerificationTest.tenOClockOn(TODAY.plusDays(42)));

    ConsentVerificationTest.moveClockTo(TODAY.plusDays(42));
    management.executeJob(deadline.getId());

    BpmnAwareTests.assertThat(request).hasPassed("Task_RecordNoResponse")
        .isEnded().hasPassed("EndEvent_NoConsent");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(request.getId()).count())
        .isZero();
    assertThat(verification.verify(ConsentPurpose.WEBSITE_IMAGE, List.of(learner)).gaps())
        .containsEntry(learner, ConsentGap.NO_CONSENT);
  }

  @Test
  void beforeAConsentLapsesARenewalRequestStartsByItself() {
    String learner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);
    actors.as("olivia", () -> tasks.complete(responseTask(request).getId(),
        answer(true, true, true, true)));
    Job renewal = timer(request, "Timer_RenewalDue");
    // 30 days before the consent lapses at the end of 31 August 2027
    assertThat(renewal.getDuedate()).isEqualTo(Date.from(LocalDate.of(2027, 8, 2).atStartOfDay(EngineClock.SCHOOL_ZONE).toInstant()));

    ConsentVerificationTest.moveClockTo(LocalDate.of(2027, 8, 2));
    management.executeJob(renewal.getId());

    BpmnAwareTests.assertThat(request).hasPassed("Task_StartRenewal")
        .isEnded().hasPassed("EndEvent_RenewalRequested");
    ProcessInstance renewalRequest = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ConsentRequests.PROCESS_KEY).processInstanceBusinessKey(learner)
        .active().singleResult();
    BpmnAwareTests.assertThat(renewalRequest).isWaitingAt("Task_RecordResponse")
        .variables().containsEntry("renewalOf", request.getId());
  }

  @Test
  void noRenewalIsSentWhenTheParentsAreAlreadyBeingAsked() {
    String learner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);
    actors.as("olivia", () -> tasks.complete(responseTask(request).getId(),
        answer(true, false, false, false)));
    ConsentVerificationTest.moveClockTo(LocalDate.of(2027, 7, 20));
    ProcessInstance startOfYearBatch = startAsOffice(learner);

    ConsentVerificationTest.moveClockTo(LocalDate.of(2027, 8, 2));
    management.executeJob(timer(request, "Timer_RenewalDue").getId());

    BpmnAwareTests.assertThat(request).hasPassed("EndEvent_AlreadyAsked")
        .hasNotPassed("Task_StartRenewal").isEnded();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(learner).active()
        .list()).extracting(ProcessInstance::getId).containsExactly(startOfYearBatch.getId());
  }

  @Test
  void tasklistShowsTheOfficeTheConsentForms() {
    String learner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);

    var startForm = rest.get("olivia",
        "/engine-rest/process-definition/key/parental-consent/deployed-start-form");
    var responseForm = rest.get("olivia",
        "/engine-rest/task/" + responseTask(request).getId() + "/deployed-form");

    assertThat(startForm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(startForm.getBody()).contains("parental-consent-start", "learnerReference");
    assertThat(responseForm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(responseForm.getBody()).contains("consentNameWithImage", "parentName");
  }

  @Test
  void aLearnerCannotBeAskedTwiceAtOnceNorBeUnknown() {
    String learner = learners.enrol();
    startAsOffice(learner);

    assertThatThrownBy(() -> startAsOffice(learner)).hasMessageContaining("already waiting");
    assertThatThrownBy(() -> startAsOffice(TestLearners.newReference()))
        .hasMessageContaining("no learner with the school reference");
  }

  @Test
  void onlyTheOfficeStartsAConsentRequest() {
    String learner = learners.enrol();
    var body = Map.of("variables", RestClient.variables(Map.of("learnerReference", learner)));

    var asStaff = rest.post("alice", "/engine-rest/process-definition/key/parental-consent/start",
        body);
    assertThat(asStaff.getStatusCode().is4xxClientError()).isTrue();
    assertThat(openRequests(learner)).isZero();

    var unknown = rest.post("olivia",
        "/engine-rest/process-definition/key/parental-consent/start",
        Map.of("variables", RestClient.variables(Map.of("learnerReference", "NOBODY-1"))));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    var asOffice = rest.post("olivia",
        "/engine-rest/process-definition/key/parental-consent/start", body);
    assertThat(asOffice.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(openRequests(learner)).isEqualTo(1);
  }

  @Test
  void theOfficeTheHeadAndTheDslOverseeConsentRequestsAndOtherStaffDoNot() {
    String learner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);
    String query = "/engine-rest/process-instance?businessKey=" + learner;

    for (String overseer : List.of("olivia", "helen", "dana")) {
      assertThat(rest.get(overseer, query).getBody()).as(overseer).contains(request.getId());
    }
    assertThat(rest.get("alice", query).getBody()).isEqualTo("[]");
    assertThat(rest.get("brian", query).getBody()).isEqualTo("[]");
  }

  @Test
  void theOfficeStartsOneRequestPerLearnerAtTheStartOfTheYear() {
    String first = learners.enrol();
    String second = learners.enrol();
    String unknown = TestLearners.newReference();
    var body = Map.of("learnerReferences", List.of(first, second, unknown));

    assertThat(rest.post("alice", "/api/consent/requests", body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var response = rest.post("olivia", "/api/consent/requests", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"refused\":{\"" + unknown + "\":");
    assertThat(openRequests(first)).isEqualTo(1);
    assertThat(openRequests(second)).isEqualTo(1);
    ProcessInstance started = runtime.createProcessInstanceQuery().processInstanceBusinessKey(first)
        .singleResult();
    assertThat(runtime.getVariable(started.getId(), "initiator")).isEqualTo("olivia");
  }

  @Test
  void theLongestAnswerTheFormAcceptsIsKeptAndALongerOneIsRefusedWithNothingRecorded() {
    String learner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);
    String taskId = responseTask(request).getId();

    for (String tooLong : List.of("n".repeat(ConsentVariables.NOTE_LENGTH + 1),
        "n".repeat(1024 * 1024))) {
      Map<String, Object> answer = answer(true, false, false, false);
      answer.put("responseNote", tooLong);
      var response = rest.post("olivia", "/engine-rest/task/" + taskId + "/complete",
          Map.of("variables", RestClient.variables(answer)));
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("too long, at most 4,000 characters");
    }
    Map<String, Object> longName = answer(true, false, false, false);
    longName.put("parentName", "p".repeat(ConsentVariables.PARENT_NAME_LENGTH + 1));
    assertThat(rest.post("olivia", "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", RestClient.variables(longName))).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(register.history(learner)).isEmpty();

    Map<String, Object> longest = answer(true, false, false, false);
    longest.put("responseNote", "n".repeat(ConsentVariables.NOTE_LENGTH));
    longest.put("parentName", "p".repeat(ConsentVariables.PARENT_NAME_LENGTH));
    actors.as("olivia", () -> tasks.complete(taskId, longest));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(request.getId()).variableName("responseNote").singleResult()
        .getValue()).isEqualTo("n".repeat(ConsentVariables.NOTE_LENGTH));
    assertThat(register.history(learner)).singleElement().satisfies(record -> assertThat(
        record.getGivenByName()).isEqualTo("p".repeat(ConsentVariables.PARENT_NAME_LENGTH)));
  }

  @Test
  void theAnswerIsRecordedForTheLearnerAskedNeverForOneNamedByTheCaller() {
    String learner = learners.enrol();
    String otherLearner = learners.enrol();
    ProcessInstance request = startAsOffice(learner);
    Map<String, Object> answer = answer(true, true, true, true);
    answer.put("learnerReference", otherLearner);

    var response = rest.post("olivia", "/engine-rest/task/" + responseTask(request).getId()
        + "/submit-form", Map.of("variables", RestClient.variables(answer)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("learnerReference");
    assertThat(register.history(learner)).isEmpty();
    assertThat(register.history(otherLearner)).isEmpty();
    BpmnAwareTests.assertThat(request).isWaitingAt("Task_RecordResponse").variables()
        .containsEntry("learnerReference", learner);
  }

  private long openRequests(String learner) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("parental-consent")
        .processInstanceBusinessKey(learner).count();
  }

  private ProcessInstance startAsOffice(String learner) {
    return actors.as("olivia", () -> runtime.startProcessInstanceByKey("parental-consent",
        Map.of("learnerReference", learner)));
  }

  private Task responseTask(ProcessInstance request) {
    return tasks.createTaskQuery().processInstanceId(request.getId())
        .taskDefinitionKey("Task_RecordResponse").singleResult();
  }

  private Job timer(ProcessInstance request, String activityId) {
    return management.createJobQuery().processInstanceId(request.getId())
        .activityId(activityId).singleResult();
  }

  /** The response form as Tasklist submits it. */
  static Map<String, Object> answer(boolean socialMedia, boolean website, boolean name,
      boolean activity) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("consentSocialMediaImage", socialMedia);
    answer.put("consentWebsiteImage", website);
    answer.put("consentNameWithImage", name);
    answer.put("consentSocialMediaActivity", activity);
    answer.put("parentName", "Sam Parent");
    answer.put("parentRelationship", "PARENT");
    answer.put("dateOnForm", TODAY.minusDays(2).toString());
    answer.put("responseNote", "");
    return answer;
  }
}
