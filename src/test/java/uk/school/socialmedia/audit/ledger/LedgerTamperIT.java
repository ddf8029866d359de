package uk.school.socialmedia.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.VerificationReport;
import uk.school.socialmedia.audit.VerificationReport.Finding;
import uk.school.socialmedia.audit.VerificationReport.Problem;
import uk.school.socialmedia.identity.DemoData;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Issue 9, point 3: history and register rows altered, inserted or deleted behind the product's
 * back, and a journal edited, are named by verification; history clean-up is not tampering.
 * Verification reads the whole database, so this runs in a context and database of its own, in
 * the integration-test JVM (a second engine beside the shared test context's would clash) and
 * closed afterwards; every test puts back what it tampered with.
 */
@SchoolSpringTest
@DirtiesContext
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:ledger-tamper;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
class LedgerTamperIT {

  @Autowired AuditChain chain;
  @Autowired DataSource dataSource;
  @Autowired DemoUsers users;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired List<DemoData> demoData;
  @Autowired TestRestTemplate http;

  JdbcTemplate jdbc;
  Actors actors;
  RestClient rest;

  @BeforeEach
  void setUp() {
    users.apply();
    jdbc = new JdbcTemplate(dataSource);
    actors = new Actors(identity);
    rest = new RestClient(http);
  }

  @Test
  void realActivityVerifiesIntactAndTheChainHoldsEveryRecord() {
    ProcessInstance instance = approvedException();

    VerificationReport report = chain.verify();

    assertThat(report.findings()).isEmpty();
    assertThat(report.recordsChecked()).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from audit_record where source = "
        + "'ACT_HI_PROCINST' and record_id = ? and sequence is not null", Long.class,
        instance.getId())).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from audit_record where source = "
        + "'account_exception' and sequence is not null", Long.class)).isPositive();
    assertThat(chain.head().sequence()).isEqualTo(report.head().sequence());
  }

  @Test
  void everyProcessAndRegisterOfTheDemoVerifiesIntact() {
    demoData.forEach(DemoData::seed);

    assertThat(chain.verify().findings()).isEmpty();
    assertThat(jdbc.queryForList("select distinct source from audit_record", String.class))
        .contains("ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_HI_DETAIL",
            "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "channel", "channel_manager",
            "channel_status_change", "post", "post_learner", "consent_record", "learner",
            "aup_version", "aup_signature")
        .doesNotContain("notification_outbox");
  }

  @Test
  void anExportIsRecordedAtEachStepAndLeavesTheRecordIntact() throws Exception {
    demoData.forEach(DemoData::seed);
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        EngineClock.SCHOOL_ZONE);
    ResponseEntity<String> asked = rest.post("grace", "/api/audit/exports",
        Map.of("from", today.minusYears(1).toString(), "to", today.toString()));
    assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    String id = new ObjectMapper().readTree(asked.getBody()).get("id").asText();
    Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> rest
        .get("grace", "/api/audit/exports/" + id).getBody().contains("\"COMPLETED\""));

    assertThat(chain.verify().findings()).isEmpty();
    // asked for, sealed at a head, completed: progress in between is working state, not record
    assertThat(jdbc.queryForList("select operation from audit_record where source = "
        + "'audit_export' and record_id = ? order by id", String.class, id))
        .containsExactly("INSERT", "UPDATE", "UPDATE");
    assertThat(jdbc.queryForObject("select count(*) from audit_export_progress where export_id = ?",
        Long.class, id)).isZero();
  }

  @Test
  void aHistoryRowAlteredInTheDatabaseIsNamed() {
    String taskId = historicTask(approvedException());
    jdbc.update("update ACT_HI_TASKINST set ASSIGNEE_ = 'mallory' where ID_ = ?", taskId);
    try {
      assertThat(chain.verify().findings()).singleElement().satisfies(finding ->
          assertFinding(finding, Problem.ALTERED, "ACT_HI_TASKINST", taskId));
    } finally {
      jdbc.update("update ACT_HI_TASKINST set ASSIGNEE_ = 'dana' where ID_ = ?", taskId);
    }
    assertThat(chain.verify().findings()).isEmpty();
  }

  @Test
  void aHistoryRowInsertedInTheDatabaseIsNamed() {
    approvedException();
    jdbc.update("insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, USER_ID_) "
        + "values ('forged-link', current_timestamp, 'candidate', 'mallory')");
    try {
      assertThat(chain.verify().findings()).singleElement().satisfies(finding ->
          assertFinding(finding, Problem.INSERTED, "ACT_HI_IDENTITYLINK", "forged-link"));
    } finally {
      jdbc.update("delete from ACT_HI_IDENTITYLINK where ID_ = 'forged-link'");
    }
    assertThat(chain.verify().findings()).isEmpty();
  }

  @Test
  void aHistoryRowDeletedFromTheDatabaseIsNamed() {
    ProcessInstance instance = approvedException();
    String activityId = jdbc.queryForObject("select ID_ from ACT_HI_ACTINST where PROC_INST_ID_ "
        + "= ? and ACT_ID_ = 'Task_HeadDecides'", String.class, instance.getId());
    Map<String, Object> row = jdbc.queryForMap("select * from ACT_HI_ACTINST where ID_ = ?",
        activityId);
    jdbc.update("delete from ACT_HI_ACTINST where ID_ = ?", activityId);
    try {
      assertThat(chain.verify().findings()).singleElement().satisfies(finding ->
          assertFinding(finding, Problem.DELETED, "ACT_HI_ACTINST", activityId));
    } finally {
      reinsert("ACT_HI_ACTINST", row);
    }
    assertThat(chain.verify().findings()).isEmpty();
  }

  @Test
  void aRegisterRowAlteredInsertedOrDeletedIsNamed() {
    ProcessInstance instance = approvedException();
    Map<String, Object> row = jdbc.queryForMap(
        "select * from account_exception where process_instance_id = ?", instance.getId());
    String id = String.valueOf(row.get("ID"));

    jdbc.update("update account_exception set conditions = 'none' where id = ?", row.get("ID"));
    assertThat(chain.verify().findings()).singleElement().satisfies(finding ->
        assertFinding(finding, Problem.ALTERED, "account_exception", id));

    jdbc.update("delete from account_exception where id = ?", row.get("ID"));
    assertThat(chain.verify().findings()).singleElement().satisfies(finding ->
        assertFinding(finding, Problem.DELETED, "account_exception", id));

    reinsert("account_exception", row);
    assertThat(chain.verify().findings()).isEmpty();

    jdbc.update("insert into staff_directory (user_id, line_manager_id, updated_by, updated_at) "
        + "values ('mallory', 'helen', 'mallory', current_timestamp)");
    try {
      assertThat(chain.verify().findings()).singleElement().satisfies(finding ->
          assertFinding(finding, Problem.INSERTED, "staff_directory", "mallory"));
    } finally {
      jdbc.update("delete from staff_directory where user_id = 'mallory'");
    }
    assertThat(chain.verify().findings()).isEmpty();
  }

  @Test
  void anEditedOrRemovedJournalEntryBreaksTheChainAtItsSequence() {
    approvedException();
    long sequence = chain.seal().sequence() - 1;
    Map<String, Object> entry = jdbc.queryForMap("select * from audit_record where sequence = ?",
        sequence);

    jdbc.update("update audit_record set operation = 'UPDATE' where sequence = ? "
        + "and operation <> 'UPDATE'", sequence);
    jdbc.update("update audit_record set recorded_at = ? where sequence = ?",
        java.time.LocalDateTime.of(2000, 1, 1, 0, 0), sequence);
    assertThat(chain.verify().findings()).first().satisfies(finding -> {
      assertThat(finding.problem()).isEqualTo(Problem.CHAIN_BROKEN);
      assertThat(finding.sequence()).isEqualTo(sequence);
    });

    jdbc.update("delete from audit_record where sequence = ?", sequence);
    assertThat(chain.verify().findings())
        .anySatisfy(finding -> {
          assertThat(finding.problem()).isEqualTo(Problem.CHAIN_BROKEN);
          assertThat(finding.sequence()).isEqualTo(sequence);
          assertThat(finding.detail()).contains("missing");
        });

    reinsert("audit_record", entry);
    assertThat(chain.verify().findings()).isEmpty();
  }

  @Test
  void aChainRecomputedAfterTamperingNoLongerExtendsAnEarlierExport() throws SQLException {
    String taskId = historicTask(approvedException());
    ChainHead earlier = chain.seal();
    List<Map<String, Object>> sealed = jdbc.queryForList(
        "select id, content_hash, chain_hash from audit_record where sequence is not null");

    // the forger rewrites a history row, its journal entry and then the whole chain
    jdbc.update("update ACT_HI_TASKINST set ASSIGNEE_ = 'mallory' where ID_ = ?", taskId);
    try (Connection connection = dataSource.getConnection()) {
      String forged = Journal.currentHash(connection, HistoryTables.TASKS, taskId);
      jdbc.update("update audit_record set content_hash = ? where id = (select max(id) from "
          + "audit_record where source = 'ACT_HI_TASKINST' and record_id = ?)", forged, taskId);
    }
    recomputeChain();
    try {
      assertThat(chain.verify().findings()).isEmpty();
      assertThat(chain.verifyExtends(earlier).findings()).singleElement().satisfies(finding -> {
        assertThat(finding.problem()).isEqualTo(Problem.NOT_EXTENDED);
        assertThat(finding.sequence()).isEqualTo(earlier.sequence());
      });
    } finally {
      jdbc.update("update ACT_HI_TASKINST set ASSIGNEE_ = 'dana' where ID_ = ?", taskId);
      for (Map<String, Object> entry : sealed) {
        jdbc.update("update audit_record set content_hash = ?, chain_hash = ? where id = ?",
            entry.get("CONTENT_HASH"), entry.get("CHAIN_HASH"), entry.get("ID"));
      }
      recomputeChain();
    }
    assertThat(chain.verifyExtends(earlier).findings()).isEmpty();
  }

  @Test
  void historyCleanUpIsRecordedAndIsNotTampering() {
    ProcessInstance instance = actors.as("alice", () -> runtime.startProcessInstanceByKey(
        "account-exception", request("FORMER_LEARNER")));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getEndTime()).isNotNull();
    chain.seal();

    // past its removal time (GOVERNANCE: 2190 days after the end) and inside the nightly window
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant()
        .plus(Duration.ofDays(2191))));
    String job = history.cleanUpHistoryAsync(true).getId();
    management.executeJob(job);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .count()).isZero();
    assertThat(jdbc.queryForObject("select operation from audit_record where source = "
        + "'ACT_HI_PROCINST' and record_id = ? order by id desc fetch first 1 rows only",
        String.class, instance.getId())).isEqualTo("CLEANUP");
    assertThat(chain.verify().findings()).isEmpty();
  }

  @Test
  void theCommandLineVerifiesTheSameDatabaseAndExitsByOutcome() {
    String taskId = historicTask(approvedException());
    HikariDataSource pool = (HikariDataSource) dataSource;
    ChainHead head = chain.seal();
    String[] args = {"verify", "--spring.datasource.url=" + pool.getJdbcUrl(),
        "--spring.datasource.username=" + pool.getUsername(),
        "--spring.datasource.password=" + (pool.getPassword() == null ? "" : pool.getPassword()),
        "--extends=" + head.sequence() + ":" + head.hash()};

    ByteArrayOutputStream intact = new ByteArrayOutputStream();
    assertThat(LedgerCommandLine.run(args, new PrintStream(intact, true, StandardCharsets.UTF_8)))
        .isZero();
    assertThat(intact.toString(StandardCharsets.UTF_8)).startsWith("INTACT");

    jdbc.update("update ACT_HI_TASKINST set ASSIGNEE_ = 'mallory' where ID_ = ?", taskId);
    try {
      ByteArrayOutputStream tampered = new ByteArrayOutputStream();
      assertThat(LedgerCommandLine.run(args,
          new PrintStream(tampered, true, StandardCharsets.UTF_8))).isEqualTo(1);
      assertThat(tampered.toString(StandardCharsets.UTF_8)).startsWith("TAMPERED")
          .contains("ALTERED ACT_HI_TASKINST " + taskId);
    } finally {
      jdbc.update("update ACT_HI_TASKINST set ASSIGNEE_ = 'dana' where ID_ = ?", taskId);
    }
    assertThat(LedgerCommandLine.run(new String[] {"verify", "--extends=12"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(2);
  }

  private ProcessInstance approvedException() {
    ProcessInstance instance = actors.as("alice", () -> runtime.startProcessInstanceByKey(
        "account-exception", request("CURRENT_LEARNER")));
    complete("dana", instance, "Task_DiscussRequest", Map.of(
        "discussionOutcome", "Discussed with the member of staff; boundaries agreed.",
        "recommendation", "APPROVE",
        "recommendationRationale", "Family relationship that predates employment."));
    complete("helen", instance, "Task_HeadDecides", Map.of(
        "decision", "APPROVE",
        "conditions", "No messages about school; report any school-related contact to the DSL.",
        "approvedUntil", LocalDate.now().plusMonths(6).toString(),
        "decisionRationale", "Pre-existing family relationship; safeguards are sufficient."));
    return instance;
  }

  private static Map<String, Object> request(String concernsRole) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("kind", "PRE_EXISTING_RELATIONSHIP");
    variables.put("concernsRole", concernsRole);
    variables.put("concernsReference", "A1042");
    variables.put("reason", "The learner is my niece.");
    variables.put("safeguards", "No school matters online; my line manager knows.");
    variables.put("requestedMonths", 6);
    return variables;
  }

  private void complete(String user, ProcessInstance instance, String taskKey,
      Map<String, Object> form) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    actors.as(user, () -> {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), form);
    });
  }

  private String historicTask(ProcessInstance instance) {
    return history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_DiscussRequest").singleResult().getId();
  }

  private void reinsert(String table, Map<String, Object> row) {
    List<String> columns = new ArrayList<>(row.keySet());
    jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") values ("
        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
        columns.stream().map(row::get).toArray());
  }

  /** What a forger with database access would do: chain every entry again from the start. */
  private void recomputeChain() {
    String hash = ChainLink.GENESIS;
    long last = 0;
    for (Map<String, Object> entry : jdbc.queryForList("select * from audit_record "
        + "where sequence is not null order by sequence")) {
      last = ((Number) entry.get("SEQUENCE")).longValue();
      hash = new ChainLink(last, (String) entry.get("SOURCE"), (String) entry.get("RECORD_ID"),
          (String) entry.get("OPERATION"), (String) entry.get("CONTENT_HASH"),
          jdbc.queryForObject("select recorded_at from audit_record where sequence = ?",
              java.time.LocalDateTime.class, last)).chainHash(hash);
      jdbc.update("update audit_record set chain_hash = ? where sequence = ?", hash, last);
    }
    jdbc.update("update audit_chain_head set sequence = ?, chain_hash = ? where id = 1", last,
        hash);
  }

  private static void assertFinding(Finding finding, Problem problem, String source, String id) {
    assertThat(finding.problem()).isEqualTo(problem);
    assertThat(finding.source()).isEqualToIgnoringCase(source);
    assertThat(finding.recordId()).isEqualTo(id);
  }
}
