package uk.school.socialmedia.aup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.school.socialmedia.notification.OutboxMessage;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.platform.Sha256;
import uk.school.socialmedia.platform.process.RuleViolation;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** Every path of aup-signing: signing, refusals, reminder, escalation, superseded version. */
@SchoolSpringTest
class AupSigningProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AupVersions versions;
  @Autowired AupSigningRequests requests;
  @Autowired AupSignatureRepository signatures;
  @Autowired StaffDirectory directory;
  @Autowired OutboxRepository outbox;
  @Autowired AupProperties settings;
  @Autowired TestSignerSource signerSource;
  @Autowired Clock clock;

  Actors actors;
  AupTestStaff staff;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    actors = new Actors(identity);
    staff = new AupTestStaff(identity);
  }

  @AfterEach
  void tearDown() {
    signerSource.signers.clear();
  }

  @Test
  void aMemberOfStaffSignsTheCurrentVersionForThemselves() {
    String signer = staff.newStaff("Sam");
    AupVersion current = versions.current().orElseThrow();

    ProcessInstance request = startAs(signer);

    BpmnAwareTests.assertThat(request).isWaitingAt("Task_SignAup")
        .variables().containsEntry("signer", signer)
        .containsEntry("aupVersionNumber", current.getVersionNumber())
        .containsEntry("aupText", current.getFullText())
        .containsEntry("aupCommitmentCount", current.getCommitments().size())
        .containsEntry("aupCommitment1", current.getCommitments().get(0));
    BpmnAwareTests.assertThat(task(request)).isAssignedTo(signer);

    actors.as(signer, () -> tasks.complete(task(request).getId(), signature(signer, current)));

    BpmnAwareTests.assertThat(request).hasPassed("Task_RecordSignature").isEnded()
        .hasPassed("End_Signed");
    List<AupSignature> register = signatures.findByUserIdOrderBySignedAtAsc(signer);
    assertThat(register).singleElement().satisfies(entry -> {
      assertThat(entry.getVersionNumber()).isEqualTo(current.getVersionNumber());
      assertThat(entry.getTextSha256()).isEqualTo(current.getTextSha256())
          .isEqualTo(Sha256.of(current.getFullText()));
      assertThat(entry.getTypedName()).isEqualTo(staff.fullName(signer));
      assertThat(entry.getProcessInstanceId()).isEqualTo(request.getId());
    });
  }

  @Test
  void nobodyCanStartASignatureForSomeoneElse() {
    String starter = staff.newStaff("Kim");
    String colleague = staff.newStaff("Lee");

    assertRefused(() -> actors.as(starter, () -> runtime.startProcessInstanceByKey(
        AupSigningRequests.PROCESS_KEY, Map.of("signer", colleague))))
        .hasMessageContaining("only")
        .hasMessageContaining("for yourself");
    assertThat(requests.openRequest(colleague, currentNumber())).isEmpty();
  }

  @Test
  void aVersionAlreadySignedOrAlreadyRequestedIsNotRequestedAgain() {
    String signer = staff.newStaff("Ola");
    startAs(signer);

    assertRefused(() -> startAs(signer))
        .hasMessageContaining("already waiting");

    ProcessInstance request = requests.openRequest(signer, currentNumber()).orElseThrow();
    actors.as(signer, () -> tasks.complete(task(request).getId(),
        signature(signer, versions.current().orElseThrow())));
    assertRefused(() -> startAs(signer))
        .hasMessageContaining("already signed");
  }

  @Test
  void aSignatureWithAMissingCommitmentOrAWrongNameIsRefusedAndNothingIsRecorded() {
    String signer = staff.newStaff("Pat");
    AupVersion current = versions.current().orElseThrow();
    ProcessInstance request = startAs(signer);
    String taskId = task(request).getId();

    Map<String, Object> oneUnticked = signature(signer, current);
    oneUnticked.put("commitment1", false);
    assertRefused(() -> actors.as(signer, () -> tasks.complete(taskId, oneUnticked)))
        .hasMessageContaining("Please confirm: " + current.getCommitments().get(0));

    Map<String, Object> wrongName = signature(signer, current);
    wrongName.put("typedFullName", "Someone Else");
    assertRefused(() -> actors.as(signer, () -> tasks.complete(taskId, wrongName)))
        .hasMessageContaining("exactly as the school records it: " + staff.fullName(signer));

    BpmnAwareTests.assertThat(request).isWaitingAt("Task_SignAup");
    assertThat(signatures.findByUserIdOrderBySignedAtAsc(signer)).isEmpty();
  }

  @Test
  void theTypedNameIgnoresCaseAndSpacing() {
    String signer = staff.newStaff("Ria");
    AupVersion current = versions.current().orElseThrow();
    ProcessInstance request = startAs(signer);
    Map<String, Object> form = signature(signer, current);
    form.put("typedFullName", "  " + staff.fullName(signer).toUpperCase().replace(" ", "   "));

    actors.as(signer, () -> tasks.complete(task(request).getId(), form));

    BpmnAwareTests.assertThat(request).isEnded().hasPassed("End_Signed");
  }

  @Test
  void onlyTheSignerCanSignNotEvenSomeoneWithEveryPermissionOnTheTask() {
    String signer = staff.newStaff("Uma");
    ProcessInstance request = startAs(signer);
    String taskId = task(request).getId();
    // a colleague allowed everything on the task (every permission on it): the rule still refuses
    var grant = processEngine.getAuthorizationService().createNewAuthorization(
        org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("brian");
    grant.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
    grant.setResourceId(taskId);
    grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.ALL);
    processEngine.getAuthorizationService().saveAuthorization(grant);

    assertRefused(() -> actors.as("brian", () -> tasks.complete(taskId,
        signature(signer, versions.current().orElseThrow()))))
        .hasMessageContaining("cannot be given for someone else");
    BpmnAwareTests.assertThat(request).isWaitingAt("Task_SignAup");
  }

  @Test
  void anUnsignedRequestRemindsTheSignerAfterTheReminderPeriod() {
    String signer = staff.newStaff("Val");
    ProcessInstance request = startAs(signer);

    moveClock(settings.reminderAfter().plusMinutes(1));
    execute(job("Timer_Reminder", request));

    BpmnAwareTests.assertThat(request).hasPassed("Task_RemindSigner", "End_Reminded")
        .isWaitingAt("Task_SignAup");
    assertThat(noticesAbout(request, signer)).extracting(OutboxMessage::getSubject)
        .containsExactly("Reminder: please sign the social media AUP");
  }

  @Test
  void anUnsignedRequestIsEscalatedToTheSignersLineManager() {
    String signer = staff.newStaff("Wyn");
    String manager = staff.newStaff("Max");
    directory.assign(signer, manager, "admin");
    ProcessInstance request = startAs(signer);

    moveClock(settings.escalateAfter().plusMinutes(1));
    execute(job("Timer_Escalation", request));

    BpmnAwareTests.assertThat(request).hasPassed("Task_TellLineManager", "End_Escalated")
        .isWaitingAt("Task_SignAup")
        .variables().containsEntry("escalatedTo", manager);
    assertThat(noticesAbout(request, manager)).extracting(OutboxMessage::getSubject)
        .containsExactly("Social media AUP not yet signed");
  }

  @Test
  void withoutAKnownLineManagerTheEscalationGoesToTheSeniorLeadershipTeam() {
    String signer = staff.newStaff("Zed");
    String seniorLeader = staff.newStaff("Sal");
    identity.createMembership(seniorLeader, "slt");
    ProcessInstance request = startAs(signer);

    moveClock(settings.escalateAfter().plusMinutes(1));
    execute(job("Timer_Escalation", request));

    BpmnAwareTests.assertThat(request).hasPassed("Task_TellLineManager")
        .variables().containsEntry("escalatedTo", "slt");
    assertThat(noticesAbout(request, seniorLeader)).hasSize(1);
    assertThat(noticesAbout(request, signer)).isEmpty();
  }

  @Test
  void publishingANewVersionClosesOlderRequestsAndAsksEveryoneConcernedToSignTheNewOne() {
    String waiting = staff.newStaff("Ada");
    String channelManager = staff.newStaff("Ben");
    ProcessInstance oldRequest = startAs(waiting);
    int oldNumber = currentNumber();
    signerSource.signers.add(channelManager);

    AupVersion published = versions.publish(null, "A new introduction.",
        List.of("I will be kind.", "I will be careful."), "helen");

    assertThat(published.getVersionNumber()).isEqualTo(oldNumber + 1);
    BpmnAwareTests.assertThat(oldRequest).isEnded().hasPassed("End_Superseded")
        .hasNotPassed("Task_RecordSignature");
    ProcessInstance newRequest = requests.openRequest(channelManager, oldNumber + 1).orElseThrow();
    BpmnAwareTests.assertThat(newRequest).isWaitingAt("Task_SignAup")
        .hasBusinessKey(AupSigningRequests.businessKey(channelManager, oldNumber + 1))
        .variables().containsEntry("requestedBy", "helen")
        .containsEntry("aupCommitmentCount", 2)
        .containsEntry("aupCommitment2", "I will be careful.");
    BpmnAwareTests.assertThat(task(newRequest)).isAssignedTo(channelManager);
    assertThat(requests.openRequest(waiting, oldNumber + 1)).as("asked to sign the new one")
        .isPresent();
  }

  @Test
  void whoeverSignedTheReplacedVersionIsAskedToSignTheNewOne() {
    String signer = staff.newStaff("Cat");
    ProcessInstance first = startAs(signer);
    actors.as(signer, () -> tasks.complete(task(first).getId(),
        signature(signer, versions.current().orElseThrow())));

    AupVersion published = versions.publish(null, "Introduction.", List.of("I will be fair."),
        "brian");

    assertThat(requests.openRequest(signer, published.getVersionNumber())).isPresent();
  }

  @Test
  void aSignatureForAVersionThatIsNoLongerCurrentIsRefused() {
    String signer = staff.newStaff("Dee");
    AupVersion old = versions.current().orElseThrow();
    versions.publish(null, "Introduction.", List.of("I will be honest."), "helen");
    // the school may still ask for an old version by mistake: signing it must not count
    ProcessInstance request = requests.request(signer, old.getVersionNumber(), "helen")
        .orElseThrow();

    assertRefused(() -> actors.as(signer, () -> tasks.complete(task(request).getId(),
        signature(signer, old))))
        .hasMessageContaining("has been replaced by version");
    assertThat(signatures.findByUserIdOrderBySignedAtAsc(signer)).isEmpty();
  }

  @Test
  void aVersionWithoutCommitmentsOrWithAFutureDateIsNotPublished() {
    int before = currentNumber();

    assertRefused(() -> versions.publish(null, "Introduction.", List.of(" "), "helen"))
        .hasMessageContaining("commitments");
    assertRefused(() -> versions.publish(LocalDate.now(clock).plusDays(3),
        "Introduction.", List.of("I will be fair."), "helen"))
        .hasMessageContaining("on the day it takes effect");
    assertThat(currentNumber()).isEqualTo(before);
  }

  @Test
  void theLongestNameTheFormAcceptsIsRecordedWholeAndALongerOneIsRefused() {
    String signer = staff.newStaff("Long");
    User user = identity.createUserQuery().userId(signer).singleResult();
    user.setFirstName("L".repeat(
        ValidateAupSignature.TYPED_NAME_LENGTH - user.getLastName().length() - 1));
    identity.saveUser(user);
    AupVersion current = versions.current().orElseThrow();
    ProcessInstance request = startAs(signer);
    String taskId = task(request).getId();
    assertThat(staff.fullName(signer)).hasSize(ValidateAupSignature.TYPED_NAME_LENGTH);

    for (String tooLong : List.of("L".repeat(ValidateAupSignature.TYPED_NAME_LENGTH + 1),
        "L".repeat(1024 * 1024))) {
      Map<String, Object> form = signature(signer, current);
      form.put("typedFullName", tooLong);
      assertRefused(() -> actors.as(signer, () -> tasks.complete(taskId, form)))
          .hasMessageContaining("at most 255 characters");
    }
    assertThat(signatures.findByUserIdOrderBySignedAtAsc(signer)).isEmpty();

    actors.as(signer, () -> tasks.complete(taskId, signature(signer, current)));
    assertThat(signatures.findByUserIdOrderBySignedAtAsc(signer)).singleElement()
        .satisfies(entry -> assertThat(entry.getTypedName()).isEqualTo(staff.fullName(signer)));
  }

  @Test
  void theSignerCannotChangeWhatTheSchoolPreparedForTheSignature() {
    String signer = staff.newStaff("Vic");
    AupVersion current = versions.current().orElseThrow();
    ProcessInstance request = startAs(signer);
    String taskId = task(request).getId();

    Map<String, Object> noCommitments = new HashMap<>(Map.of("typedFullName",
        staff.fullName(signer), "aupCommitmentCount", 0));
    assertRefused(() -> actors.as(signer, () -> tasks.complete(taskId, noCommitments)))
        .hasMessageContaining("aupCommitmentCount");
    Map<String, Object> ownWords = signature(signer, current);
    ownWords.put("aupCommitment1", "I may post what I like.");
    ownWords.put("signerName", "Someone Else");
    ownWords.put("typedFullName", "Someone Else");
    assertRefused(() -> actors.as(signer, () -> tasks.complete(taskId, ownWords)))
        .hasMessageContaining("aupCommitment1").hasMessageContaining("signerName");
    Map<String, Object> oldVersion = signature(signer, current);
    oldVersion.put("aupVersionNumber", current.getVersionNumber() - 1);
    assertRefused(() -> actors.as(signer, () -> tasks.complete(taskId, oldVersion)))
        .hasMessageContaining("aupVersionNumber");

    BpmnAwareTests.assertThat(request).isWaitingAt("Task_SignAup").variables()
        .containsEntry("aupCommitmentCount", current.getCommitments().size())
        .containsEntry("aupCommitment1", current.getCommitments().get(0));
    assertThat(signatures.findByUserIdOrderBySignedAtAsc(signer)).isEmpty();
  }

  private ProcessInstance startAs(String signer) {
    return actors.as(signer,
        () -> runtime.startProcessInstanceByKey(AupSigningRequests.PROCESS_KEY));
  }

  private int currentNumber() {
    return versions.current().orElseThrow().getVersionNumber();
  }

  private Map<String, Object> signature(String signer, AupVersion version) {
    Map<String, Object> form = new HashMap<>();
    for (int i = 1; i <= version.getCommitments().size(); i++) {
      form.put("commitment" + i, true);
    }
    form.put("typedFullName", staff.fullName(signer));
    return form;
  }

  private List<OutboxMessage> noticesAbout(ProcessInstance request, String recipient) {
    return outbox.findByRecipientUserIdOrderByIdAsc(recipient).stream()
        .filter(m -> request.getId().equals(m.getProcessInstanceId())).toList();
  }

  /** The step was refused by a rule (a listener's refusal may reach the caller wrapped). */
  static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable step) {
    Throwable cause = catchThrowable(step);
    assertThat(cause).as("the step is refused").isNotNull();
    while (cause != null && !(cause instanceof RuleViolation)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("refused by a rule of the policy").isInstanceOf(RuleViolation.class);
    return assertThat(cause);
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }
}
