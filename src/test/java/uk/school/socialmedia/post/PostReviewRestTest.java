package uk.school.socialmedia.post;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.school.socialmedia.post.PostFixtures.NOW;
import static uk.school.socialmedia.post.PostFixtures.draft;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import uk.school.socialmedia.aup.SignedStaff;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** The rules of post review hold over Camunda's REST API as they do in Tasklist. */
@SchoolSpringTest
class PostReviewRestTest {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired DemoUsers users;
  @Autowired TestRestTemplate http;

  RestClient rest;
  PostFixtures fixtures;
  long channel;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    users.apply();
    rest = new RestClient(http);
    fixtures = new PostFixtures(context, new Actors(identity));
    PostFixtures.moveClockTo(NOW);
    new SignedStaff(context).ensureSigned("alice");
    channel = fixtures.channel("ACTIVE", "brian");
  }

  @Test
  void staffWithoutACurrentAupSignatureCannotStartAPost() {
    String unsigned = "newcomer-" + UUID.randomUUID().toString().substring(0, 6);
    User user = identity.newUser(unsigned);
    user.setPassword(unsigned);
    identity.saveUser(user);
    identity.createMembership(unsigned, "staff");

    var response = rest.post(unsigned, "/engine-rest/process-definition/key/post-review/start",
        Map.of());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Before you can submit a post for review",
        "acceptable use policy");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("post-review")
        .startedBy(unsigned).count()).isZero();
  }

  @Test
  void anIncompleteDraftGets400AndStaysWithItsAuthor() {
    ProcessInstance post = fixtures.start("alice");
    String taskId = fixtures.task(post, "Task_WriteDraft").getId();
    Map<String, Object> draft = draft(channel, "", List.of(), false);
    draft.remove("learnersShown");
    draft.put("scheduledFor", "2020-01-01T10:00:00Z");

    var response = rest.post("alice", "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", RestClient.variables(draft)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("the text of the post", "in the future");
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_WriteDraft");
  }

  @Test
  void learnersTickedInTasklistAreReadFromTheJsonItSubmits() {
    String learner = fixtures.learner(true);
    ProcessInstance post = fixtures.start("alice");
    String taskId = fixtures.task(post, "Task_WriteDraft").getId();
    Map<String, Object> variables = RestClient.variables(draft(channel, "Lambs!", List.of(),
        false));
    // as Tasklist sends a checklist: a JSON array naming a Java type it cannot be read as
    variables.put("learnersShown", Map.of("type", "Object", "value", "[\"" + learner + "\"]",
        "valueInfo", Map.of("serializationDataFormat", "application/json",
            "objectTypeName", "java.util.ArrayList<java.util.LinkedHashMap>")));
    variables.put("imageDescription", Map.of("value", "Photo 1: lambs - " + learner));

    var response = rest.post("alice", "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ReviewPost");
    assertThat(context.getBean(PostRegister.class).require(post.getId()).getLearners())
        .containsExactly(learner);
  }

  @Test
  void theAuthorCannotBeGivenOrTakeTheirOwnReviewOverRest() {
    ProcessInstance post = fixtures.start("alice");
    fixtures.complete("alice", post, "Task_WriteDraft",
        draft(channel, "Sports day is on Friday.", List.of(), false));
    String taskId = fixtures.task(post, "Task_ReviewPost").getId();
    // someone allowed to give the task to anyone (every permission on it), not offered it
    // themselves: the rule still refuses
    var grant = engine.getAuthorizationService().createNewAuthorization(
        org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("grace");
    grant.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
    grant.setResourceId(taskId);
    grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.ALL);
    engine.getAuthorizationService().saveAuthorization(grant);

    var assigned = rest.post("grace", "/engine-rest/task/" + taskId + "/assignee",
        Map.of("userId", "alice"));
    assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(assigned.getBody()).contains("must be done by a colleague");

    var delegated = rest.post("grace", "/engine-rest/task/" + taskId + "/delegate",
        Map.of("userId", "alice"));
    assertThat(delegated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    var claimed = rest.post("alice", "/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "alice"));
    assertThat(claimed.getStatusCode().is4xxClientError()).isTrue();
    var completed = rest.post("alice", "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", RestClient.variables(PostFixtures.review("APPROVE",
            "Sports day is on Friday."))));
    assertThat(completed.getStatusCode().is4xxClientError()).isTrue();

    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    BpmnAwareTests.assertThat(post).isWaitingAt("Task_ReviewPost");
  }
}
