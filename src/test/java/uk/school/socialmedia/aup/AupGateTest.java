package uk.school.socialmedia.aup;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.school.socialmedia.aup.AupSigningProcessTest.assertRefused;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** The gate other features call: only a signature that counts today lets someone take part. */
@SchoolSpringTest
class AupGateTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AupGate gate;
  @Autowired AupVersions versions;
  @Autowired AupProperties settings;

  Actors actors;
  AupTestStaff staff;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    actors = new Actors(identity);
    staff = new AupTestStaff(identity);
  }

  @Test
  void anUnsignedAuthorIsRefusedWithAMessageSayingWhatToSignAndWhere() {
    String author = staff.newStaff("Ivy");
    int current = versions.current().orElseThrow().getVersionNumber();

    assertThat(gate.hasCurrentSignature(author)).isFalse();
    assertRefused(() -> gate.requireCurrentSignature(author, "submit a post for review"))
        .hasMessage("Before you can submit a post for review, please sign version " + current
            + " of the social media acceptable use policy (AUP): open Tasklist > Start process > "
            + "Sign the social media AUP.");
  }

  @Test
  void aSignatureOfTheCurrentVersionOpensTheGate() {
    String author = staff.newStaff("Jo");
    sign(author);

    assertThat(gate.hasCurrentSignature(author)).isTrue();
    gate.requireCurrentSignature(author, "submit a post for review");
  }

  @Test
  void aSignatureOfTheReplacedVersionCountsOnlyDuringTheGracePeriod() {
    String author = staff.newStaff("Kai");
    sign(author);
    versions.publish(null, "Introduction.", List.of("I will be thoughtful."), "helen");

    assertThat(gate.hasCurrentSignature(author)).as("within the grace period").isTrue();

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant()
        .plus(settings.gracePeriod()).plus(Duration.ofMinutes(1))));

    assertThat(gate.hasCurrentSignature(author)).as("after the grace period").isFalse();
    assertRefused(() -> gate.requireCurrentSignature(author, "manage an official channel"))
        .hasMessageContaining("Before you can manage an official channel");
  }

  @Test
  void aSignatureOfAnOlderVersionNeverCounts() {
    String author = staff.newStaff("Lou");
    sign(author);
    versions.publish(null, "Introduction.", List.of("I will be thoughtful."), "helen");
    versions.publish(null, "Introduction.", List.of("I will be careful."), "brian");

    assertThat(gate.hasCurrentSignature(author)).isFalse();
  }

  private void sign(String signer) {
    ProcessInstance request = actors.as(signer,
        () -> runtime.startProcessInstanceByKey(AupSigningRequests.PROCESS_KEY));
    AupVersion version = versions.current().orElseThrow();
    Map<String, Object> form = new HashMap<>();
    for (int i = 1; i <= version.getCommitments().size(); i++) {
      form.put("commitment" + i, true);
    }
    form.put("typedFullName", staff.fullName(signer));
    actors.as(signer, () -> tasks.complete(
        tasks.createTaskQuery().processInstanceId(request.getId()).singleResult().getId(), form));
    BpmnAwareTests.assertThat(request).isEnded().hasPassed("End_Signed");
  }
}
