package uk.school.socialmedia.audit.comments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Comments are part of the record (docs/audit.md): only their author changes or deletes them,
 * one at a time, while the task is open; the earlier text is kept for those who may read the
 * task; comments and attachments are journaled by the audit ledger.
 */
@SchoolSpringTest
class CommentsByTheirAuthorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired DemoUsers users;
  @Autowired TestRestTemplate http;
  @Autowired DataSource dataSource;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  RestClient rest;
  Actors actors;
  JdbcTemplate jdbc;
  Task discussion;

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
    actors = new Actors(identity);
    jdbc = new JdbcTemplate(dataSource);
    ProcessInstance request = actors.as("alice", () -> runtime.startProcessInstanceByKey(
        "account-exception", exceptionRequest()));
    discussion = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult();
  }

  @Test
  void aColleagueCannotRewriteOrDeleteAnotherCandidatesComment() throws Exception {
    String comment = addComment("dana", "Spoke to Bob on Monday; boundaries agreed.");

    ResponseEntity<String> rewritten = rest.exchange("derek", HttpMethod.PUT, comments(),
        Map.of("id", comment, "message", "Nothing was discussed."));
    ResponseEntity<String> deleted = rest.exchange("derek", HttpMethod.DELETE,
        comments() + "/" + comment, null);
    ResponseEntity<String> allDeleted = rest.exchange("derek", HttpMethod.DELETE, comments(), null);
    ResponseEntity<String> allDeletedByAuthor =
        rest.exchange("dana", HttpMethod.DELETE, comments(), null);

    for (ResponseEntity<String> refused : List.of(rewritten, deleted, allDeleted,
        allDeletedByAuthor)) {
      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("Only the colleague who wrote a comment");
    }
    assertThat(tasks.getTaskComments(discussion.getId())).singleElement()
        .satisfies(kept -> assertThat(kept.getFullMessage())
            .isEqualTo("Spoke to Bob on Monday; boundaries agreed."));
    assertThat(earlierVersions("derek")).isEmpty();
    assertThat(journal("ACT_HI_COMMENT", comment)).containsExactly("INSERT");
  }

  @Test
  void theAuthorEditsWhileTheTaskIsOpenAndTheEarlierTextIsKeptForThoseWhoMayReadTheTask()
      throws Exception {
    String comment = addComment("dana", "Spoke to Bob on Monday.");

    ResponseEntity<String> edited = rest.exchange("dana", HttpMethod.PUT, comments(),
        Map.of("id", comment, "message", "Spoke to Bob on Monday and Tuesday."));

    assertThat(edited.getStatusCode()).as(edited.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.getTaskComment(discussion.getId(), comment).getFullMessage())
        .isEqualTo("Spoke to Bob on Monday and Tuesday.");
    JsonNode earlier = earlierVersions("derek");
    assertThat(earlier).hasSize(1);
    assertThat(earlier.get(0).path("earlierText").asText()).isEqualTo("Spoke to Bob on Monday.");
    assertThat(earlier.get(0).path("author").asText()).isEqualTo("dana");
    assertThat(earlier.get(0).path("change").asText()).isEqualTo("EDITED");
    ResponseEntity<String> outsider = rest.get("olivia", earlierVersionsPath());
    assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(outsider.getBody()).doesNotContain("Spoke to Bob");
    assertThat(journal("ACT_HI_COMMENT", comment)).containsExactly("INSERT", "UPDATE");

    actors.as("dana", () -> {
      tasks.claim(discussion.getId(), "dana");
      tasks.complete(discussion.getId(), Map.of(
          "discussionOutcome", "Discussed with the member of staff; boundaries agreed.",
          "recommendation", "APPROVE",
          "recommendationRationale", "Family relationship that predates employment."));
    });
    ResponseEntity<String> afterwards = rest.exchange("dana", HttpMethod.PUT, comments(),
        Map.of("id", comment, "message", "Never mind."));
    assertThat(afterwards.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(afterwards.getBody()).contains("task is finished");
  }

  @Test
  void aDeletedCommentKeepsItsTextAndCommentsAndAttachmentsAreJournaled() throws Exception {
    String comment = addComment("dana", "Bob's niece is in Year 4.");

    ResponseEntity<String> deleted = rest.exchange("dana", HttpMethod.DELETE,
        comments() + "/" + comment, null);

    assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.getTaskComments(discussion.getId())).isEmpty();
    JsonNode earlier = earlierVersions("dana");
    assertThat(earlier).hasSize(1);
    assertThat(earlier.get(0).path("change").asText()).isEqualTo("DELETED");
    assertThat(earlier.get(0).path("earlierText").asText()).isEqualTo("Bob's niece is in Year 4.");
    assertThat(journal("ACT_HI_COMMENT", comment)).containsExactly("INSERT", "DELETE");

    Attachment attachment = actors.as("dana", () -> tasks.createAttachment("url",
        discussion.getId(), null, "Meeting note", "Where the meeting note is filed",
        "https://lodgefarm.sch.uk/notes/42"));
    actors.as("dana", () -> tasks.deleteTaskAttachment(discussion.getId(), attachment.getId()));
    assertThat(journal("ACT_HI_ATTACHMENT", attachment.getId()))
        .containsExactly("INSERT", "DELETE");
  }

  private String addComment(String user, String message) throws Exception {
    ResponseEntity<String> added = rest.post(user, comments() + "/create",
        Map.of("message", message));
    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(added.getBody()).path("id").asText();
  }

  private String comments() {
    return "/engine-rest/task/" + discussion.getId() + "/comment";
  }

  private String earlierVersionsPath() {
    return "/api/comments/earlier-versions?taskId=" + discussion.getId();
  }

  private JsonNode earlierVersions(String user) throws Exception {
    ResponseEntity<String> answer = rest.get(user, earlierVersionsPath());
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(answer.getBody());
  }

  private List<String> journal(String table, String id) {
    return jdbc.queryForList("select operation from audit_record where source = ? and "
        + "record_id = ? order by id", String.class, table, id);
  }

  private static Map<String, Object> exceptionRequest() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("kind", "PRE_EXISTING_RELATIONSHIP");
    variables.put("concernsRole", "CURRENT_LEARNER");
    variables.put("concernsReference", "A1042");
    variables.put("reason", "The learner is my niece.");
    variables.put("safeguards", "No school matters online; my line manager knows.");
    variables.put("requestedMonths", 6);
    return variables;
  }
}
