package uk.school.socialmedia.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import uk.school.socialmedia.identity.ActingAs;
import uk.school.socialmedia.identity.AuthorizationSetup;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.SchoolBenchmark;

/**
 * How much the product's rules cost per request: a channel proposal taken through risk assessment
 * (server-side validation, register, DMN, four-eyes listeners, notices) against a bare
 * two-task process on the same engine and database. Prints figures and the ratio; asserts no
 * timing. Run with {@code ./mvnw -Pbench verify} (H2, then PostgreSQL).
 */
@SchoolBenchmark
class ProcessThroughputBenchmark {

  private static final int WARM_UP = 20;
  private static final int MEASURED = 200;

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired DemoUsers users;
  @Autowired ActingAs actingAs;
  @Autowired AuthorizationSetup authorizations;

  @Test
  void channelProposalsComparedWithABareProcess() {
    users.apply();
    Deployment bare = repository.createDeployment()
        .addModelInstance("bench-bare.bpmn", Bpmn.createExecutableProcess("bench-bare")
            .camundaHistoryTimeToLive(1)
            .startEvent().userTask("first").camundaAssignee("alice")
            .userTask("second").camundaCandidateGroups("business-manager").endEvent().done())
        .deploy();
    // the same authorization checks as for a real process
    authorizations.grant("staff", Resources.PROCESS_DEFINITION, "bench-bare",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    try {
      double bareRate = rate(this::bareInstance);
      double channelRate = rate(this::channelProposal);
      String database = System.getProperty("test.database", "h2");
      System.out.printf(Locale.ROOT, "%n[bench] database=%s instances=%d%n", database, MEASURED);
      System.out.printf(Locale.ROOT, "[bench] bare two-task process : %8.1f instances/s%n", bareRate);
      System.out.printf(Locale.ROOT, "[bench] channel proposal+assess: %8.1f instances/s%n",
          channelRate);
      System.out.printf(Locale.ROOT, "[bench] cost of the rules (bare/channel): %.2fx%n%n",
          bareRate / channelRate);
      assertThat(channelRate).isPositive();
    } finally {
      repository.deleteDeployment(bare.getId(), true);
    }
  }

  private double rate(Runnable oneInstance) {
    for (int i = 0; i < WARM_UP; i++) {
      oneInstance.run();
    }
    long start = System.nanoTime();
    for (int i = 0; i < MEASURED; i++) {
      oneInstance.run();
    }
    return MEASURED / ((System.nanoTime() - start) / 1e9);
  }

  private void bareInstance() {
    ProcessInstance instance = actingAs.as("alice",
        () -> runtime.startProcessInstanceByKey("bench-bare"));
    Task first = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    actingAs.as("alice", () -> tasks.complete(first.getId()));
  }

  private void channelProposal() {
    Map<String, Object> proposal = new java.util.HashMap<>(Map.of(
        "channelName", "Bench channel", "platform", "BLOG", "purpose", "EDUCATIONAL",
        "objectives", "Measure.", "intendedOutcomes", "Figures.", "audience", "Staff",
        "learnersTakePart", false, "registrationEmail", "office@lodgefarm.sch.uk",
        "accountManagers", "alice", "moderationPlan", "Daily."));
    proposal.put("inclusionPlan", "Newsletter.");
    String definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey("channel-risk-assessment").latestVersion().singleResult().getId();
    ProcessInstance lifecycle = actingAs.as("alice",
        () -> forms.submitStartForm(definitionId, proposal));
    Task assess = tasks.createTaskQuery().processInstanceBusinessKey(lifecycle.getBusinessKey())
        .taskDefinitionKey("Task_AssessRisks").singleResult();
    Map<String, Object> risks = new java.util.HashMap<>();
    for (String risk : new String[] {"riskPrivacy", "riskSafeguarding", "riskInteraction",
        "riskReputation", "riskAccountSecurity"}) {
      risks.put(risk + "Likelihood", "LOW");
      risks.put(risk + "Impact", "LOW");
      risks.put(risk + "Mitigation", "Checked.");
    }
    actingAs.as("alice", () -> forms.submitTaskForm(assess.getId(), risks));
  }
}
