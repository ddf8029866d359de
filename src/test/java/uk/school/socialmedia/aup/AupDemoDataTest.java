package uk.school.socialmedia.aup;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** A new user of a demo installation sees both sides of the AUP at once. */
@SchoolSpringTest
class AupDemoDataTest {

  @Autowired ProcessEngine processEngine;
  @Autowired DemoUsers demoUsers;
  @Autowired AupDemoData demoData;
  @Autowired AupVersions versions;
  @Autowired AupGate gate;
  @Autowired AupSigningRequests requests;
  @Autowired AupSignatureRepository signatures;
  @Autowired StaffDirectory directory;
  @Autowired TaskService tasks;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    demoUsers.apply();
  }

  @Test
  void aliceAndBrianHaveSignedBobHasATaskAndCarolManagesAliceAndBob() {
    demoData.seed();
    demoData.seed();

    int current = versions.current().orElseThrow().getVersionNumber();
    assertThat(gate.hasCurrentSignature("alice")).isTrue();
    assertThat(gate.hasCurrentSignature("brian")).isTrue();
    assertThat(gate.hasCurrentSignature("bob")).isFalse();
    assertThat(signatures.findByVersionNumberOrderBySignedAtAsc(current))
        .filteredOn(s -> s.getUserId().equals("alice")).hasSize(1);
    ProcessInstance bobsRequest = requests.openRequest("bob", current).orElseThrow();
    BpmnAwareTests.assertThat(bobsRequest).isWaitingAt("Task_SignAup");
    assertThat(tasks.createTaskQuery().processInstanceId(bobsRequest.getId()).singleResult()
        .getAssignee()).isEqualTo("bob");
    assertThat(directory.lineManagerOf("alice")).contains("carol");
    assertThat(directory.lineManagerOf("bob")).contains("carol");
  }
}
