package uk.school.socialmedia.channel;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.ActingAs;
import uk.school.socialmedia.identity.DemoData;

/**
 * Demo mode: the school's Facebook page, ACTIVE and managed by alice and brian, and a class blog
 * waiting for the Business Manager's approval, each run through the real process by the demo
 * users so that its history is real too.
 */
@Component
@Order(10)
class ChannelDemoData implements DemoData {

  private final ChannelRegister register;
  private final FormService forms;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final ActingAs actingAs;

  ChannelDemoData(ChannelRegister register, FormService forms, TaskService tasks,
      RepositoryService repository, ActingAs actingAs) {
    this.register = register;
    this.forms = forms;
    this.tasks = tasks;
    this.repository = repository;
    this.actingAs = actingAs;
  }

  @Override
  public void seed() {
    if (!register.allChannels().isEmpty()) {
      return;
    }
    ProcessInstance facebook = propose("alice", "Lodge Farm School Facebook page", "alice, brian",
        "Share school news, events and celebrations of learning with families.",
        "Families see at least two updates a week; fewer newsletter queries.");
    complete("alice", facebook, "Task_AssessRisks", risks());
    complete("brian", facebook, "Task_ApproveChannel", Map.of("approvalDecision", "APPROVE",
        "approvalRationale", "Clear community objectives; moderation plan is realistic."));
    complete("alice", facebook, "Task_RegisterAccount", Map.of(
        "accountUrl", "https://www.facebook.com/lodgefarmschool",
        "registeredWithSchoolEmail", true));
    complete("alice", facebook, "Task_LodgeAccessDetails", Map.of(
        "accessDetailsHolder", "Helen Hart (Head of School)",
        "accessDetailsLocation", "Leadership password manager", "noPasswordRecorded", true));
    complete("alice", facebook, "Task_LinkFromWebsite",
        Map.of("websiteLinkUrl", "https://www.lodgefarm.sch.uk/news"));
    complete("alice", facebook, "Task_InformParents", Map.of("parentsInformedHow", "NEWSLETTER",
        "parentsInformedOn", "2026-09-05",
        "parentsInformedSummary", "What the page is for, our house rules for comments, and"
            + " that every post also appears in the weekly newsletter."));

    ProcessInstance blog = propose("bob", "Year 4 class blog", "bob",
        "Let Year 4 share their writing with families.",
        "Each child publishes one piece of writing a half term.");
    complete("bob", blog, "Task_AssessRisks", risks());
  }

  private ProcessInstance propose(String proposer, String name, String managers,
      String objectives, String outcomes) {
    Map<String, Object> proposal = new HashMap<>();
    proposal.put("channelName", name);
    proposal.put("platform", name.contains("Facebook") ? "FACEBOOK" : "BLOG");
    proposal.put("purpose", name.contains("Facebook") ? "COMMUNITY_ENGAGEMENT" : "EDUCATIONAL");
    proposal.put("objectives", objectives);
    proposal.put("intendedOutcomes", outcomes);
    proposal.put("audience", "Parents and carers");
    proposal.put("learnersTakePart", false);
    proposal.put("registrationEmail", "office@lodgefarm.sch.uk");
    proposal.put("accountManagers", managers);
    proposal.put("moderationPlan", "Comments checked every school day by an account manager.");
    proposal.put("inclusionPlan", "Everything posted also appears in the weekly newsletter.");
    String definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey(ChannelConfiguration.PROCESS_KEY).latestVersion().singleResult()
        .getId();
    return actingAs.as(proposer, () -> forms.submitStartForm(definitionId, proposal));
  }

  private static Map<String, Object> risks() {
    Map<String, Object> risks = new HashMap<>();
    for (String risk : ValidateRiskAssessment.RISKS.keySet()) {
      risks.put(risk + "Likelihood", "LOW");
      risks.put(risk + "Impact", "MEDIUM");
      risks.put(risk + "Mitigation", "Two colleagues agree every post; comments moderated daily.");
    }
    return risks;
  }

  private void complete(String user, ProcessInstance lifecycle, String taskKey,
      Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(lifecycle.getBusinessKey())
        .taskDefinitionKey(taskKey).singleResult();
    actingAs.as(user, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      forms.submitTaskForm(task.getId(), variables);
    });
  }
}
