package uk.school.socialmedia.channel;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.school.socialmedia.testsupport.Actors;

/** Proposals and answers as the forms would submit them. */
final class ChannelFixtures {

  private final Actors actors;
  private final FormService forms;
  private final TaskService tasks;
  private final RepositoryService repository;

  ChannelFixtures(Actors actors, FormService forms, TaskService tasks,
      RepositoryService repository) {
    this.actors = actors;
    this.forms = forms;
    this.tasks = tasks;
    this.repository = repository;
  }

  static Map<String, Object> proposal(String name, String managers, boolean learnersTakePart) {
    Map<String, Object> p = new HashMap<>();
    p.put("channelName", name);
    p.put("platform", "FACEBOOK");
    p.put("purpose", "COMMUNITY_ENGAGEMENT");
    p.put("objectives", "Share school news and celebrate learning with families.");
    p.put("intendedOutcomes", "Parents see weekly class highlights; newsletter questions fall.");
    p.put("audience", "Parents and carers");
    p.put("learnersTakePart", learnersTakePart);
    p.put("registrationEmail", "office@lodgefarm.sch.uk");
    p.put("accountManagers", managers);
    p.put("moderationPlan", "Comments reviewed each school day by an account manager.");
    p.put("inclusionPlan", "Everything posted also goes in the weekly newsletter.");
    return p;
  }

  /** Every risk at the same likelihood and impact. */
  static Map<String, Object> risks(String likelihood, String impact) {
    Map<String, Object> r = new HashMap<>();
    for (String risk : ValidateRiskAssessment.RISKS.keySet()) {
      r.put(risk + "Likelihood", likelihood);
      r.put(risk + "Impact", impact);
      r.put(risk + "Mitigation", "Checked before every post.");
    }
    return r;
  }

  static Map<String, Object> decision(String decision, String rationale) {
    return Map.of("approvalDecision", decision, "approvalRationale", rationale);
  }

  ProcessInstance propose(String proposer, Map<String, Object> proposal) {
    String definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey("channel-risk-assessment").latestVersion().singleResult().getId();
    return actors.as(proposer, () -> forms.submitStartForm(definitionId, proposal));
  }

  /** The open task of the lifecycle (or of the assessment round it is calling). */
  Task task(ProcessInstance lifecycle, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(lifecycle.getBusinessKey())
        .taskDefinitionKey(taskKey).singleResult();
  }

  void complete(String user, ProcessInstance lifecycle, String taskKey, Map<String, Object> vars) {
    Task task = task(lifecycle, taskKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskKey);
    }
    actors.as(user, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      forms.submitTaskForm(task.getId(), vars);
    });
  }

  static Map<String, Object> registerAccount() {
    return Map.of("accountUrl", "https://facebook.com/lodgefarm", "registeredWithSchoolEmail", true);
  }

  static Map<String, Object> lodgeAccess() {
    return Map.of("accessDetailsHolder", "Helen Hart (Head)",
        "accessDetailsLocation", "Leadership password manager", "noPasswordRecorded", true);
  }

  static Map<String, Object> websiteLink() {
    return Map.of("websiteLinkUrl", "https://lodgefarm.sch.uk/social");
  }

  static Map<String, Object> informParents() {
    return Map.of("parentsInformedHow", "NEWSLETTER", "parentsInformedOn", "2026-11-20",
        "parentsInformedSummary", "What the page is for, house rules, and the newsletter copy.");
  }
}
