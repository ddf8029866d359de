package uk.school.socialmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.school.socialmedia.aup.AupForTheMatrix;
import uk.school.socialmedia.channel.ChannelsForTheMatrix;
import uk.school.socialmedia.concern.ConcernsForTheMatrix;
import uk.school.socialmedia.consent.ConsentForTheMatrix;
import uk.school.socialmedia.exception.ExceptionsForTheMatrix;
import uk.school.socialmedia.post.PostsForTheMatrix;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * The authorization matrix of docs/security.md is the specification: every cell (record x action
 * x role) is read from the document and proven here through real HTTP Basic sign-ins, one test
 * per cell. A cell that is missing, or says anything but yes or no, fails the test.
 */
@SchoolSpringTest
class AuthorizationMatrixTest {

  static final Path SECURITY_DOC = Path.of("docs/security.md");
  static final String SECTION = "## Authorization matrix";
  static final List<String> ROLES = List.of("alice (staff)", "dana (dsl)", "derek (ddsl)",
      "helen (head)", "brian (business-manager)", "olivia (office)", "grace (governors)",
      "charles (chair-of-governors)", "admin (it-admin)");
  static final List<String> ACTIONS = List.of("start", "see task", "claim", "complete",
      "read variables", "read history", "read operation log", "statistics", "export");

  /** The records of the matrix, each by its heading in the document, made as people make them. */
  static final Map<String, Function<ApplicationContext, ProcessInstance>> RECORDS = Map.of(
      "channel-risk-assessment", context -> ChannelsForTheMatrix.awaitingApproval(context, "bob"),
      "aup-signing", AupForTheMatrix::awaitingSignature,
      "post-review", context -> PostsForTheMatrix.awaitingReview(context, "bob", "brian"),
      "parental-consent", ConsentForTheMatrix::requestAwaitingAnswer,
      "consent-withdrawal",
      context -> ConsentForTheMatrix.withdrawalAwaitingTakedown(context, "alice"),
      "concern-escalation",
      context -> ConcernsForTheMatrix.awaitingAcknowledgement(context, "bob", false),
      "concern-escalation about the Head",
      context -> ConcernsForTheMatrix.awaitingAcknowledgement(context, "bob", true),
      "account-exception", context -> ExceptionsForTheMatrix.awaitingDiscussion(context, "bob"));

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired DemoUsers users;

  final ObjectMapper json = new ObjectMapper();
  RestClient rest;

  /** One cell: may this role do this action on this record? */
  record Cell(String record, String action, String role, boolean expected) {

    String processKey() {
      return record.split(" ")[0];
    }

    String user() {
      return role.split(" ")[0];
    }

    String name() {
      return record + " · " + action + " · " + role + ": " + (expected ? "yes" : "no");
    }
  }

  /**
   * A record waiting at a user task. Statistics are counts, so whether one record is counted is
   * seen by asking each user's statistics just before and just after it is made.
   */
  record Fixture(String instanceId, String taskId, String assignee, Map<String, Long> counted) {}

  /** Made once per application context: every cell reads them, and puts back what it changes. */
  static final class Fixtures {
    static ApplicationContext madeFor;
    static Map<String, Fixture> records;
  }

  @TestFactory
  Stream<DynamicTest> eachRoleMayDoExactlyWhatTheAuthorizationMatrixSays() throws IOException {
    List<Cell> cells = readMatrix(Files.readString(SECURITY_DOC));
    rest = new RestClient(http);
    Map<String, Fixture> records = fixtures(cells.stream().map(Cell::record).distinct().toList());
    return cells.stream().map(cell -> DynamicTest.dynamicTest(cell.name(),
        () -> assertThat(observe(cell, records.get(cell.record())))
            .as(cell.name()).isEqualTo(cell.expected())));
  }

  @Test
  void aMatrixWithAMissingCellOrAnotherWordFails() throws IOException {
    String document = Files.readString(SECURITY_DOC);
    assertThat(readMatrix(document)).hasSize(RECORDS.size() * ACTIONS.size() * ROLES.size());

    String maybe = document.replaceFirst("\\| claim \\| no \\|", "| claim | maybe |");
    assertThatThrownBy(() -> readMatrix(maybe)).hasMessageContaining("maybe");
    String missingRow = document.replaceFirst("\\| export \\|[^\n]*\n", "");
    assertThatThrownBy(() -> readMatrix(missingRow)).hasMessageContaining("export");
    String missingColumn = document.replaceFirst("\\| admin \\(it-admin\\) \\|", "|");
    assertThatThrownBy(() -> readMatrix(missingColumn)).hasMessageContaining("admin (it-admin)");
  }

  // --- the document -------------------------------------------------------------------------

  /** Every cell of the section; fails unless each record has each action for each role. */
  static List<Cell> readMatrix(String document) {
    int start = document.indexOf("\n" + SECTION + "\n");
    assertThat(start).as("docs/security.md has a section '%s'", SECTION).isNotNegative();
    int end = document.indexOf("\n## ", start + SECTION.length() + 1);
    String section = document.substring(start, end < 0 ? document.length() : end);

    Map<String, Map<String, Map<String, String>>> tables = new LinkedHashMap<>();
    String record = null;
    List<String> header = null;
    for (String line : section.split("\n")) {
      if (line.startsWith("### ")) {
        record = line.substring(4).replace("`", "").strip();
        assertThat(tables).as("a second table for %s", record).doesNotContainKey(record);
        tables.put(record, new LinkedHashMap<>());
        header = null;
      } else if (line.startsWith("|") && record != null) {
        List<String> columns = columns(line);
        if (header == null) {
          header = columns;
          assertThat(header.subList(1, header.size())).as("the roles of %s", record)
              .containsExactlyInAnyOrderElementsOf(ROLES);
        } else if (!columns.get(0).matches("-+")) {
          assertThat(columns).as("%s: %s", record, line).hasSameSizeAs(header);
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 1; i < columns.size(); i++) {
            row.put(header.get(i), columns.get(i));
          }
          assertThat(tables.get(record).put(columns.get(0), row))
              .as("%s has the action '%s' once", record, columns.get(0)).isNull();
        }
      }
    }
    assertThat(tables.keySet()).as("one table for each record the test makes")
        .containsExactlyInAnyOrderElementsOf(RECORDS.keySet());
    List<Cell> cells = new ArrayList<>();
    tables.forEach((name, rows) -> {
      assertThat(rows.keySet()).as("the actions of %s", name)
          .containsExactlyInAnyOrderElementsOf(ACTIONS);
      for (String action : ACTIONS) {
        for (String role : ROLES) {
          String word = rows.get(action).get(role);
          assertThat(word).as("%s · %s · %s", name, action, role).isIn("yes", "no");
          cells.add(new Cell(name, action, role, word.equals("yes")));
        }
      }
    });
    return cells;
  }

  private static List<String> columns(String line) {
    String inner = line.strip().replaceAll("^\\||\\|$", "");
    return Stream.of(inner.split("\\|")).map(String::strip).toList();
  }

  // --- the records --------------------------------------------------------------------------

  /** The records, made in the document's order (so a failure reads the same on every run). */
  private synchronized Map<String, Fixture> fixtures(List<String> names) {
    if (Fixtures.madeFor != context) {
      users.apply();
      Map<String, Fixture> made = new LinkedHashMap<>();
      names.forEach(name -> made.put(name, make(name, RECORDS.get(name))));
      Fixtures.records = made;
      Fixtures.madeFor = context;
    }
    return Fixtures.records;
  }

  private Fixture make(String name, Function<ApplicationContext, ProcessInstance> make) {
    String key = name.split(" ")[0];
    Map<String, Long> before = statistics(key);
    ProcessInstance instance = make.apply(context);
    Map<String, Long> after = statistics(key);
    Map<String, Long> counted = new LinkedHashMap<>();
    before.forEach((user, count) -> counted.put(user, after.get(user) - count));

    // the task waits in the instance or, for a channel, in the round it calls (same business key)
    List<Task> waiting = instance.getBusinessKey() != null
        ? tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).list()
        : tasks.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(waiting).as("%s waits at one task", name).hasSize(1);
    Task task = waiting.get(0);
    // a "no" proves nothing unless there is something to find
    assertThat(runtime.getVariables(instance.getId())).as(name + " has variables").isNotEmpty();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .count()).as(name + " has history").isPositive();
    assertThat(history.createUserOperationLogQuery().processInstanceId(instance.getId())
        .entityType(EntityTypes.PROCESS_INSTANCE).count())
        .as(name + " has an operation log entry (its start by a signed-in user)").isPositive();
    return new Fixture(instance.getId(), task.getId(), task.getAssignee(), counted);
  }

  /** How many running instances of the process each user's statistics show. */
  private Map<String, Long> statistics(String processKey) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String role : ROLES) {
      String user = role.split(" ")[0];
      ResponseEntity<String> answer = rest.get(user, "/engine-rest/process-definition/statistics");
      long count = 0;
      if (answer.getStatusCode().is2xxSuccessful()) {
        for (JsonNode definition : read(answer)) {
          if (processKey.equals(definition.path("definition").path("key").asText())) {
            count += definition.path("instances").asLong();
          }
        }
      }
      counts.put(user, count);
    }
    return counts;
  }

  // --- the actions --------------------------------------------------------------------------

  /** Does the action succeed for the cell's user? Fails on any answer that is neither. */
  private boolean observe(Cell cell, Fixture record) {
    String user = cell.user();
    String instance = record.instanceId();
    return switch (cell.action()) {
      case "start" -> startable(user, cell.processKey());
      case "see task" -> nonEmptyList(rest.get(user, "/engine-rest/task?taskId=" + record.taskId()));
      case "claim" -> claim(user, record);
      case "complete" -> completeWithEmptyForm(user, record);
      case "read variables" -> variables(user, instance);
      case "read history" -> nonEmptyList(rest.get(user,
          "/engine-rest/history/variable-instance?processInstanceId=" + instance));
      case "read operation log" -> nonEmptyList(rest.get(user,
          "/engine-rest/history/user-operation?entityType=ProcessInstance&processInstanceId="
              + instance));
      case "statistics" -> counted(record.counted().get(user));
      case "export" -> export(user, cell.processKey());
      default -> throw new AssertionError("No such action: " + cell.action());
    };
  }

  /** In the user's list of processes to start, asked as Tasklist asks it. */
  private boolean startable(String user, String processKey) {
    ResponseEntity<String> answer = rest.get(user, "/engine-rest/process-definition"
        + "?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true"
        + "&maxResults=100");
    if (refused(answer)) {
      return false;
    }
    assertOk(answer);
    for (JsonNode definition : read(answer)) {
      if (processKey.equals(definition.path("key").asText())) {
        return true;
      }
    }
    return false;
  }

  private boolean claim(String user, Fixture record) {
    ResponseEntity<String> answer = rest.post(user,
        "/engine-rest/task/" + record.taskId() + "/claim", Map.of("userId", user));
    Task task = tasks.createTaskQuery().taskId(record.taskId()).singleResult();
    assertThat(task).as("the task is still there").isNotNull();
    if (answer.getStatusCode().value() == 204) {
      assertThat(task.getAssignee()).isEqualTo(user);
      tasks.setAssignee(record.taskId(), record.assignee()); // as it was, for the next cell
      return true;
    }
    assertThat(task.getAssignee()).as("a refused claim changes nothing")
        .isEqualTo(record.assignee());
    return refusedOrFail(answer);
  }

  /** Allowed means the empty form reached the task's own rule (400); nothing advances. */
  private boolean completeWithEmptyForm(String user, Fixture record) {
    ResponseEntity<String> answer = rest.post(user,
        "/engine-rest/task/" + record.taskId() + "/complete", Map.of("variables", Map.of()));
    assertThat(tasks.createTaskQuery().taskId(record.taskId()).count())
        .as("the task is still there after: %s", answer.getBody()).isOne();
    if (answer.getStatusCode().value() == 400) {
      assertThat(read(answer).path("message").asText()).as("the rule's message").isNotBlank();
      return true;
    }
    return refusedOrFail(answer);
  }

  private boolean variables(String user, String instance) {
    ResponseEntity<String> answer = rest.get(user,
        "/engine-rest/process-instance/" + instance + "/variables");
    if (refused(answer)) {
      return false;
    }
    assertOk(answer);
    return !read(answer).isEmpty();
  }

  /** A period that ends before it starts: 400 means the role reached the export's rules. */
  private boolean export(String user, String processKey) {
    long before = exportsRequestedBy(user);
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("from", "2026-10-02");
    request.put("to", "2026-10-01");
    request.put("processKey", processKey);
    ResponseEntity<String> answer = rest.post(user, "/api/audit/exports", request);
    assertThat(exportsRequestedBy(user)).as("no export is recorded").isEqualTo(before);
    if (answer.getStatusCode().value() == 400) {
      assertThat(answer.getBody()).contains("after it ends");
      return true;
    }
    return refusedOrFail(answer);
  }

  private long exportsRequestedBy(String user) {
    return jdbc.queryForObject("select count(*) from audit_export where requested_by = ?",
        Long.class, user);
  }

  private static boolean counted(Long difference) {
    assertThat(difference).as("one record adds one instance to the statistics, or none; more means"
        + " they count instances the user may not read").isIn(0L, 1L);
    return difference == 1L;
  }

  private boolean nonEmptyList(ResponseEntity<String> answer) {
    if (refused(answer)) {
      return false;
    }
    assertOk(answer);
    JsonNode list = read(answer);
    assertThat(list.isArray()).as(answer.getBody()).isTrue();
    return !list.isEmpty();
  }

  private static boolean refused(ResponseEntity<String> answer) {
    int status = answer.getStatusCode().value();
    return status == 403 || status == 404;
  }

  private static boolean refusedOrFail(ResponseEntity<String> answer) {
    if (!refused(answer)) {
      fail("Neither allowed nor refused: %s %s", answer.getStatusCode(), answer.getBody());
    }
    return false;
  }

  private static void assertOk(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
  }

  private JsonNode read(ResponseEntity<String> answer) {
    try {
      return json.readTree(answer.getBody());
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + answer.getBody(), e);
    }
  }
}
