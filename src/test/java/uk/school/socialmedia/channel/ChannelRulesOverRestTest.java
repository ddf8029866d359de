package uk.school.socialmedia.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.school.socialmedia.channel.ChannelFixtures.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * The channel rules hold for anyone calling the REST API directly, not only for Tasklist's forms:
 * bad input gets a 400 that says what is wrong, and nothing changes.
 */
@SchoolSpringTest
class ChannelRulesOverRestTest {

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired ChannelRegister register;

  RestClient rest;
  ChannelFixtures channels;

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
    channels = new ChannelFixtures(new Actors(identity), forms, tasks, repository);
  }

  @Test
  void aProposalWithoutObjectivesIsRefusedAndNothingIsCreated() {
    Map<String, Object> proposal = proposal("No objectives", "alice", false);
    proposal.put("objectives", "  ");
    long channelsBefore = register.allChannels().size();

    ResponseEntity<String> response = start("alice", proposal);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Please give the channel's educational or community"
        + " engagement objectives.");
    assertThat(register.allChannels()).hasSize((int) channelsBefore);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("channel-risk-assessment")
        .variableValueEquals("channelName", "No objectives").count()).isZero();
  }

  @Test
  void aChannelRegisteredWithAPersonalAddressIsRefused() {
    Map<String, Object> proposal = proposal("Personal", "alice", false);
    proposal.put("registrationEmail", "alice.archer@gmail.com");
    ResponseEntity<String> response = submitStartForm("alice", proposal);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("school e-mail address (@lodgefarm.sch.uk)");
  }

  @Test
  void accountManagersMustBeMembersOfStaff() {
    ResponseEntity<String> response = start("alice", proposal("Unknown", "alice, grace, nobody", false));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("'grace' is not the user id of a member of staff.")
        .contains("'nobody' is not the user id of a member of staff.");
  }

  @Test
  void theProposerIsTheSignedInUserNotAFormField() {
    Map<String, Object> proposal = proposal("Initiator check", "alice", false);
    proposal.put("initiator", "helen");
    ResponseEntity<String> refused = start("alice", proposal);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("'initiator' is not a field of this form");
    assertThat(register.allChannels()).noneMatch(c -> c.getName().equals("Initiator check"));

    proposal.remove("initiator");
    assertThat(start("alice", proposal).getStatusCode()).isEqualTo(HttpStatus.OK);
    Channel channel = register.allChannels().stream()
        .filter(c -> c.getName().equals("Initiator check")).findFirst().orElseThrow();
    assertThat(channel.getProposedBy()).isEqualTo("alice");
  }

  @Test
  void anAssessmentWithoutMitigationsIsRefused() {
    ProcessInstance lifecycle = channels.propose("alice", proposal("Mitigation", "alice", false));
    Task assess = channels.task(lifecycle, "Task_AssessRisks");
    Map<String, Object> risks = new HashMap<>(risks("LOW", "LOW"));
    risks.remove("riskPrivacyMitigation");

    ResponseEntity<String> response = complete("alice", assess.getId(), risks);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("how the risk to privacy and location sharing is reduced");
    assertThat(tasks.createTaskQuery().taskId(assess.getId()).count()).isEqualTo(1);
  }

  @Test
  void anApprovalWithoutReasonsIsRefusedAndTheTaskStays() {
    Task approval = awaitingApproval("Reasons");
    ResponseEntity<String> response = complete("brian", approval.getId(),
        Map.of("approvalDecision", "APPROVE", "approvalRationale", ""));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Please give the reasons for your decision.");
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
  }

  @Test
  void staffWithoutTheRoleCannotCompleteOrEvenSeeTheApproval() {
    Task approval = awaitingApproval("Role check");
    assertThat(rest.get("carol", "/engine-rest/task/" + approval.getId()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> response = complete("carol", approval.getId(),
        decision("APPROVE", "I am not the business manager"));
    assertThat(response.getStatusCode().is4xxClientError()).isTrue();
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
  }

  @Test
  void theProposerCannotApproveTheirOwnChannelOverRest() {
    ProcessInstance lifecycle = channels.propose("brian", proposal("Own channel", "brian", false));
    channels.complete("brian", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    Task approval = channels.task(lifecycle, "Task_ApproveChannel");

    ResponseEntity<String> claim = rest.post("brian",
        "/engine-rest/task/" + approval.getId() + "/claim", Map.of("userId", "brian"));
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(claim.getBody()).contains("must be done by a colleague");

    ResponseEntity<String> complete = complete("brian", approval.getId(),
        decision("APPROVE", "Fine by me"));
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
        .isNull();
  }

  @Test
  void theProposerCannotPassTheirChannelOffAsAColleaguesToApproveItThemselves() {
    ProcessInstance lifecycle = channels.propose("brian", proposal("Disguised", "brian", false));
    Task assess = channels.task(lifecycle, "Task_AssessRisks");
    Map<String, Object> risks = new HashMap<>(risks("LOW", "LOW"));
    risks.put("initiator", "alice");

    ResponseEntity<String> response = complete("brian", assess.getId(), risks);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("'initiator' is not a field of this form");
    assertThat(tasks.createTaskQuery().taskId(assess.getId()).count()).isEqualTo(1);
  }

  @Test
  void theAssessmentRoundCannotBeStartedOnItsOwn() {
    ResponseEntity<String> response = rest.post("alice",
        "/engine-rest/process-definition/key/channel-assessment-round/start", Map.of());
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("cannot be started on its own");
  }

  @Test
  void leadersRetireAChannelWithAReasonAndStaffCannot() {
    ProcessInstance lifecycle = channels.propose("alice", proposal("To retire", "alice", false));
    long id = register.findByProcessInstance(lifecycle.getId()).orElseThrow().getId();
    String path = "/api/channels/" + id + "/retire";

    assertThat(rest.post("alice", path, Map.of("reason", "No longer needed")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("brian", path, Map.of("reason", " ")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.post("brian", path, Map.of("reason", "r".repeat(1024 * 1024)))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(register.find(id).orElseThrow().getStatus()).isEqualTo(ChannelStatus.PROPOSED);

    assertThat(rest.post("brian", path, Map.of("reason", "Merged into the main page"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    Channel retired = register.find(id).orElseThrow();
    assertThat(retired.getStatus()).isEqualTo(ChannelStatus.RETIRED);
    assertThat(retired.getHistory()).last().satisfies(change -> {
      assertThat(change.getChangedBy()).isEqualTo("brian");
      assertThat(change.getReason()).isEqualTo("Merged into the main page");
    });
    assertThat(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(lifecycle.getBusinessKey()).count()).isZero();
    assertThat(rest.post("brian", path, Map.of("reason", "again")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void staffCanReadTheChannelRegister() {
    channels.propose("alice", proposal("Listed", "alice", false));
    ResponseEntity<String> response = rest.get("carol", "/api/channels");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"name\":\"Listed\"").contains("\"status\":\"PROPOSED\"");
    assertThat(rest.get(null, "/api/channels").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theLongestProposalTheFormAcceptsIsKeptWholeInTheRegisterAndTheProcess() {
    String name = "L".repeat(ChannelProposal.NAME_LENGTH - 10) + " longest 1";
    String longest = "o".repeat(ChannelProposal.NARRATIVE_LENGTH);
    Map<String, Object> proposal = proposal(name, "alice", false);
    proposal.put("objectives", longest);
    proposal.put("moderationPlan", longest);
    proposal.put("audience", "a".repeat(ChannelProposal.DETAIL_LENGTH));

    assertThat(start("alice", proposal).getStatusCode()).isEqualTo(HttpStatus.OK);

    Channel channel = register.allChannels().stream().filter(c -> c.getName().equals(name))
        .findFirst().orElseThrow();
    assertThat(channel.getObjectives()).isEqualTo(longest);
    assertThat(channel.getModerationPlan()).isEqualTo(longest);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("channel-risk-assessment")
        .variableValueEquals("channelName", name).singleResult()).satisfies(instance ->
        assertThat(runtime.getVariable(instance.getId(), "objectives")).isEqualTo(longest));

    ProcessInstance lifecycle = runtime.createProcessInstanceQuery()
        .processDefinitionKey("channel-risk-assessment").variableValueEquals("channelName", name)
        .singleResult();
    Map<String, Object> risks = new HashMap<>(risks("LOW", "LOW"));
    risks.put("riskPrivacyMitigation", longest);
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks);
    Task approval = channels.task(lifecycle, "Task_ApproveChannel");
    assertThat(complete("brian", approval.getId(), Map.of("approvalDecision", "REJECT",
        "approvalRationale", longest)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(register.allChannels().stream().filter(c -> c.getName().equals(name))
        .findFirst().orElseThrow().getStatus()).isEqualTo(ChannelStatus.REJECTED);
  }

  @Test
  void aProposalOrDecisionLongerThanItsFormAllowsIsRefusedWith400AndNothingChanges() {
    long channelsBefore = register.allChannels().size();
    for (String tooLong : java.util.List.of("o".repeat(ChannelProposal.NARRATIVE_LENGTH + 1),
        "o".repeat(1024 * 1024))) {
      Map<String, Object> proposal = proposal("Too long", "alice", false);
      proposal.put("inclusionPlan", tooLong);
      ResponseEntity<String> response = start("alice", proposal);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("too long, at most 4,000");
    }
    Map<String, Object> longName = proposal("N".repeat(ChannelProposal.NAME_LENGTH + 1), "alice",
        false);
    assertThat(submitStartForm("alice", longName).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(register.allChannels()).hasSize((int) channelsBefore);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("channel-risk-assessment")
        .variableValueEquals("channelName", "Too long").count()).isZero();

    Task approval = awaitingApproval("Long reasons");
    ResponseEntity<String> response = complete("brian", approval.getId(), Map.of(
        "approvalDecision", "APPROVE", "approvalRationale", "r".repeat(1024 * 1024)));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("at most 4,000 characters");
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
  }

  @Test
  void theApproverCannotChangeWhatWasProposedNorWhichChannelIsApproved() {
    Task approval = awaitingApproval("Approved as proposed");
    Channel other = register.allChannels().get(0);
    Map<String, Object> attack = new HashMap<>(decision("APPROVE", "Looks fine."));
    attack.put("channelId", other.getId());
    ResponseEntity<String> response = complete("brian", approval.getId(), attack);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("channelId");

    Map<String, Object> rewrite = new HashMap<>(decision("APPROVE", "Looks fine."));
    rewrite.put("riskRating", "MEDIUM");
    rewrite.put("registrationEmail", "brian@lodgefarm.sch.uk");
    response = complete("brian", approval.getId(), rewrite);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Risk rating", "registrationEmail");
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
    assertThat(register.allChannels().stream().filter(c -> c.getId().equals(other.getId()))
        .findFirst().orElseThrow().getStatus()).isEqualTo(other.getStatus());
  }

  private Task awaitingApproval(String name) {
    ProcessInstance lifecycle = channels.propose("alice", proposal(name, "alice", false));
    channels.complete("alice", lifecycle, "Task_AssessRisks", risks("LOW", "LOW"));
    return channels.task(lifecycle, "Task_ApproveChannel");
  }

  private ResponseEntity<String> start(String user, Map<String, Object> variables) {
    return rest.post(user, "/engine-rest/process-definition/key/channel-risk-assessment/start",
        Map.of("variables", RestClient.variables(variables)));
  }

  private ResponseEntity<String> submitStartForm(String user, Map<String, Object> variables) {
    return rest.post(user,
        "/engine-rest/process-definition/key/channel-risk-assessment/submit-form",
        Map.of("variables", RestClient.variables(variables)));
  }

  private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> vars) {
    return rest.post(user, "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", RestClient.variables(vars)));
  }
}
