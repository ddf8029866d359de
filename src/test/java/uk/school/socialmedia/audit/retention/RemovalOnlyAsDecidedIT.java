package uk.school.socialmedia.audit.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.VerificationReport.Finding;
import uk.school.socialmedia.audit.VerificationReport.Problem;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.concern.ConcernReporting;
import uk.school.socialmedia.consent.LearnerImport;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Removal only as the school decided (docs/retention.md, docs/audit.md): a legal hold holds
 * whatever sets a record's removal time, a removal time follows the facts frozen at triage, and
 * verification names every removal the retention rules did not decide, and who did it. Runs the
 * history clean-up with the clock moved and leaves findings behind on purpose, so it has a
 * context and database of its own (see RetentionInPracticeIT).
 */
@SchoolSpringTest
@DirtiesContext
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:school-removal;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
class RemovalOnlyAsDecidedIT {

  private static final String SET_REMOVAL_TIME =
      "/engine-rest/history/process-instance/set-removal-time";

  @Autowired ProcessEngine engine;
  @Autowired ConcernReporting reporting;
  @Autowired DemoUsers users;
  @Autowired LegalHolds holds;
  @Autowired RetentionDecisionRepository decisions;
  @Autowired LearnerImport learnerImport;
  @Autowired OutboxRepository outbox;
  @Autowired AuditChain chain;
  @Autowired DataSource dataSource;
  @Autowired TestRestTemplate http;

  RetentionFixtures fixtures;
  Actors actors;
  RestClient rest;
  JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    users.apply();
    fixtures = new RetentionFixtures(engine, reporting);
    actors = new Actors(engine.getIdentityService());
    rest = new RestClient(http);
    jdbc = new JdbcTemplate(dataSource);
    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2026, 12, 1, 10, 0)));
  }

  @Test
  void aHeldRecordKeepsItsHistoryWhenItsRemovalTimeIsSetInThePastInTheDatabase() {
    ProcessInstance record = fixtures.refusedAccountException();
    holdTwice(record);
    fixtures.runRemovalTimeBatches();

    jdbc.update("update ACT_HI_PROCINST set REMOVAL_TIME_ = ? where ROOT_PROC_INST_ID_ = ?",
        schoolTime(LocalDateTime.of(2015, 1, 1, 0, 0)), record.getId());
    jdbc.update("update ACT_HI_VARINST set REMOVAL_TIME_ = ? where ROOT_PROC_INST_ID_ = ?",
        schoolTime(LocalDateTime.of(2015, 1, 1, 0, 0)), record.getId());
    fixtures.cleanUpHistory();

    assertThat(fixtures.history(record)).isNotNull();
    assertThat(fixtures.history(record).getRemovalTime()).isNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(record.getId()).list()).isNotEmpty()
        .allSatisfy(variable -> assertThat(variable.getRemovalTime()).isNull());
    assertThat(findingsAbout(record)).isEmpty();
  }

  /**
   * As found, the administrator set a held record's removal time in the past, then cleaned up.
   * The API now refuses that ({@link #nobodyMaySetARemovalTimeThroughTheApi}); should a way round
   * the refusal ever be found (here: the same call made from inside another engine command),
   * the clean-up still keeps the held record and verification names who set the time.
   */
  @Test
  void aHeldRecordKeepsItsHistoryWhenTheAdministratorSetsItsRemovalTimeAndVerificationNamesThem() {
    ProcessInstance record = fixtures.refusedAccountException();
    holdTwice(record);
    fixtures.runRemovalTimeBatches();

    aroundTheApisRefusal("admin", () -> engine.getHistoryService()
        .setRemovalTimeToHistoricProcessInstances()
        .absoluteRemovalTime(schoolTime(LocalDateTime.of(2015, 1, 1, 0, 0)))
        .byIds(record.getId()).hierarchical().executeAsync());
    fixtures.runRemovalTimeBatches();
    assertThat(fixtures.history(record).getRemovalTime()).as("the API set it").isNotNull();
    fixtures.cleanUpHistory();

    assertThat(fixtures.history(record)).as("the held record stays").isNotNull();
    assertThat(fixtures.history(record).getRemovalTime()).isNull();
    assertThat(holds.standing()).filteredOn(hold -> hold.getProcessInstanceId()
        .equals(record.getId())).hasSize(2);
    List<Finding> findings = chain.verify().findings();
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.problem()).isEqualTo(Problem.REMOVAL_TIME_SET);
      assertThat(finding.detail()).contains("removal time set through the API by admin");
    });
    assertThat(findings).as("the administrator's operation, with no process key, is journaled")
        .noneMatch(finding -> finding.problem() == Problem.INSERTED);
  }

  @Test
  void nobodyMaySetARemovalTimeThroughTheApi() {
    ProcessInstance record = fixtures.refusedAccountException();
    Date before = fixtures.history(record).getRemovalTime();
    long batches = engine.getManagementService().createBatchQuery().count();

    for (String user : List.of("admin", "helen", "dana")) {
      ResponseEntity<String> set = setRemovalTime(user, record, "2015-01-01T00:00:00.000+0000");
      assertThat(set.getStatusCode()).as(user + ": " + set.getBody())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(engine.getManagementService().createBatchQuery().count()).isEqualTo(batches);
    assertThat(fixtures.history(record).getRemovalTime()).isEqualTo(before);
  }

  @Test
  void removingAHeldRecordThroughTheApiIsAFindingThatNamesWhoDidIt() {
    ProcessInstance record = fixtures.refusedAccountException();
    holdTwice(record);

    ResponseEntity<String> deleted = rest.exchange("admin", HttpMethod.DELETE,
        "/engine-rest/history/process-instance/" + record.getId(), null);
    assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    aroundTheApisRefusal("admin", () -> engine.getHistoryService()
        .deleteHistoricProcessInstance(record.getId()));

    assertThat(findingsAbout(record)).singleElement().satisfies(finding -> {
      assertThat(finding.problem()).isEqualTo(Problem.HELD_RECORD_REMOVED);
      assertThat(finding.detail()).contains("legal hold", "history deleted through the API by "
          + "admin");
    });
  }

  @Test
  void aRecordDeletedInTheDatabaseWhileHeldIsAFinding() {
    // a day of its own, apart from the other tests' operations
    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2026, 12, 2, 10, 0)));
    ProcessInstance record = fixtures.refusedAccountException();
    holdTwice(record);
    Map<String, Object> row = jdbc.queryForMap("select * from ACT_HI_PROCINST where ID_ = ?",
        record.getId());

    jdbc.update("delete from ACT_HI_PROCINST where ID_ = ?", record.getId());
    try {
      assertThat(findingsAbout(record)).singleElement().satisfies(finding -> {
        assertThat(finding.problem()).isEqualTo(Problem.HELD_RECORD_REMOVED);
        assertThat(finding.detail()).contains("no operation that explains it");
      });
    } finally {
      reinsert("ACT_HI_PROCINST", row);
    }
    assertThat(findingsAbout(record)).isEmpty();
  }

  /**
   * As found: the office's import changed a learner's date of birth to 1990-01-01, and a concern
   * triaged with the school reference only was removed by the next clean-up.
   */
  @Test
  void retentionFollowsTheDateOfBirthFrozenAtTriageAndImplausibleDatesAreRefused() {
    String reference = "R-" + System.nanoTime() % 1_000_000;
    assertThat(importLearner(reference, "2015-03-14").added()).isEqualTo(1);
    ProcessInstance concern = fixtures.reportConcern(Subject.LEARNER);
    fixtures.complete(concern, "dana", Map.of("acknowledged", true));
    fixtures.complete(concern, "dana", triage(Map.of("learnerReference", reference)));

    for (String implausible : List.of("1990-01-01", "1800-01-01")) {
      LearnerImport.Report report = importLearner(reference, implausible);
      assertThat(report.updated()).isZero();
      assertThat(report.rejected()).singleElement().satisfies(row ->
          assertThat(String.join(" ", row.reasons())).contains("not plausible", "Year 7"));
    }
    assertThat(jdbc.queryForObject("select date_of_birth from learner where reference = ?",
        LocalDate.class, reference)).isEqualTo(LocalDate.of(2015, 3, 14));
    int noticesBefore = outbox.findByRecipientUserIdOrderByIdAsc("dana").size();

    // a plausible correction still changes the register, but never the decided retention
    assertThat(importLearner(reference, "2014-11-02").updated()).isEqualTo(1);
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("dana")).hasSize(noticesBefore + 1)
        .last().satisfies(notice -> {
          assertThat(notice.getSubject())
              .isEqualTo("A learner's record with safeguarding records changed");
          assertThat(notice.getBody()).doesNotContain(reference, "Test Learner", "2014");
        });
    fixtures.close(concern, "dana");
    assertThat(decisions.findByProcessInstanceId(concern.getId())).hasValueSatisfying(decision -> {
      assertThat(decision.getLearnerReference()).isEqualTo(reference);
      assertThat(decision.getDateOfBirth()).isEqualTo(LocalDate.of(2015, 3, 14));
      assertThat(decision.getKeepUntil()).isEqualTo(LocalDate.of(2040, 3, 14));
    });
    assertThat(fixtures.history(concern).getRemovalTime())
        .isEqualTo(Date.from(LocalDate.of(2040, 3, 14).atStartOfDay(EngineClock.SCHOOL_ZONE)
            .toInstant()));

    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2039, 12, 1, 2, 0)));
    fixtures.cleanUpHistory();
    assertThat(fixtures.history(concern)).isNotNull();
    assertThat(findingsAbout(concern)).isEmpty();
  }

  @Test
  void aDateOfBirthNoLearnerCouldHaveIsRefusedAtTriageWhetherTypedOrInTheRegister() {
    String reference = "R-" + System.nanoTime() % 1_000_000;
    assertThat(importLearner(reference, "2015-03-14").added()).isEqualTo(1);
    // as the import let it in before the check existed
    jdbc.update("update learner set date_of_birth = ? where reference = ?",
        LocalDate.of(1990, 1, 1), reference);
    ProcessInstance concern = fixtures.reportConcern(Subject.LEARNER);
    fixtures.complete(concern, "dana", Map.of("acknowledged", true));

    assertThatThrownBy(() -> fixtures.complete(concern, "dana",
        triage(Map.of("learnerReference", reference))))
        .hasMessageContaining("learner register")
        .hasMessageContaining("01/01/1990 is not plausible");
    assertThatThrownBy(() -> fixtures.complete(concern, "dana",
        triage(Map.of("learnerDateOfBirth", "1800-01-01"))))
        .hasMessageContaining("01/01/1800 is not plausible");
    assertThat(decisions.findByProcessInstanceId(concern.getId())).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(concern.getId())
        .singleResult().getTaskDefinitionKey()).isEqualTo("Task_Triage");
  }

  /**
   * A removal the retention rules did not decide reads as a removal, even when the journal calls
   * it a clean-up: here the rows of a concern kept until 2040 go in 2027 and are journaled as
   * history clean-up, as a clean-up without the product's checks (or a forger) would leave them.
   */
  @Test
  void theVerifyCommandReportsAnEarlyRemovalWithTheRemovalTimeTheRulesDecided() {
    ProcessInstance concern = fixtures.closedConcernAboutALearner(
        Map.of("learnerDateOfBirth", "2015-03-14"));
    chain.seal();

    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZoneOffset.UTC);
    for (String table : List.of("ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
        "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_INCIDENT",
        "ACT_HI_PROCINST")) {
      for (String id : jdbc.queryForList("select ID_ from " + table
          + " where ROOT_PROC_INST_ID_ = ?", String.class, concern.getId())) {
        jdbc.update("delete from " + table + " where ID_ = ?", id);
        jdbc.update("insert into audit_record (source, record_id, operation, recorded_at) "
            + "values (?, ?, 'CLEANUP', ?)", table, id, now);
      }
    }

    String output = verifyCommand();
    assertThat(output).startsWith("TAMPERED")
        .contains("REMOVED_EARLY ACT_HI_PROCINST " + concern.getId())
        .contains("scheduled it for 14/03/2040 00:00")
        .doesNotContain("DELETED ACT_HI_PROCINST " + concern.getId());
  }

  private void holdTwice(ProcessInstance record) {
    actors.as("dana", () -> holds.place(record.getId(), "Relevant to an employment tribunal.",
        "dana"));
    actors.as("helen", () -> holds.place(record.getId(), "Relevant to the national inquiry.",
        "helen"));
  }

  private ResponseEntity<String> setRemovalTime(String user, ProcessInstance record,
      String time) {
    return rest.post(user, SET_REMOVAL_TIME, Map.of("absoluteRemovalTime", time,
        "hierarchical", true, "historicProcessInstanceIds", List.of(record.getId())));
  }

  private LearnerImport.Report importLearner(String reference, String dateOfBirth) {
    return learnerImport.importCsv(new StringReader("reference,name,year_group,date_of_birth\n"
        + reference + ",Test Learner,7," + dateOfBirth + "\n"));
  }

  private static Map<String, Object> triage(Map<String, Object> learner) {
    Map<String, Object> triage = new HashMap<>(Map.of("category", "ONLINE_BULLYING",
        "decision", "NO_FURTHER_ACTION", "decisionRationale", "One unkind comment, removed.",
        "parentsTold", "TOLD", "parentsToldRationale", "Parents should know."));
    triage.putAll(learner);
    return triage;
  }

  private List<Finding> findingsAbout(ProcessInstance record) {
    return chain.verify().findings().stream()
        .filter(finding -> record.getId().equals(finding.recordId())).toList();
  }

  private String verifyCommand() {
    HikariDataSource pool = (HikariDataSource) dataSource;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = uk.school.socialmedia.audit.ledger.LedgerCommandLine.run(new String[] {"verify",
        "--spring.datasource.url=" + pool.getJdbcUrl(),
        "--spring.datasource.username=" + pool.getUsername(),
        "--spring.datasource.password=" + (pool.getPassword() == null ? "" : pool.getPassword())},
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(1);
    return out.toString(StandardCharsets.UTF_8);
  }

  private void reinsert(String table, Map<String, Object> row) {
    List<String> columns = List.copyOf(row.keySet());
    jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") values ("
        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
        columns.stream().map(row::get).toArray());
  }

  /**
   * The API refuses these calls to everyone ({@code platform.process.EngineCallRules}); should a
   * way round ever be found, this is it: the call made from inside another engine command, by
   * someone holding every grant. What the record then shows is what these tests check.
   */
  private void aroundTheApisRefusal(String user, Runnable call) {
    var authorizations = engine.getAuthorizationService();
    List<String> grants = new java.util.ArrayList<>();
    for (var resource : org.camunda.bpm.engine.authorization.Resources.values()) {
      var grant = authorizations.createNewAuthorization(
          org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
      grant.setUserId(user);
      grant.setResource(resource);
      grant.setResourceId("*");
      grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.ALL);
      grants.add(authorizations.saveAuthorization(grant).getId());
    }
    try {
      new Actors(engine.getIdentityService()).as(user, () ->
          ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
              .getCommandExecutorTxRequired().execute(context -> {
                call.run();
                return null;
              }));
    } finally {
      grants.forEach(authorizations::deleteAuthorization);
    }
  }

  private static Date schoolTime(LocalDateTime time) {
    return Date.from(time.atZone(EngineClock.SCHOOL_ZONE).toInstant());
  }
}
