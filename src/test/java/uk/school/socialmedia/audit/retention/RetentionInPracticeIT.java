package uk.school.socialmedia.audit.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.concern.ConcernReporting;
import uk.school.socialmedia.exception.ExceptionRecord;
import uk.school.socialmedia.exception.ExceptionRegister;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.platform.SchoolProperties;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Retention in practice (docs/retention.md): records of each class are taken to their end, the
 * clock is moved over the decades and Camunda's history clean-up runs, to show what goes and
 * what stays. History clean-up with a clock moved decades ahead would remove other tests'
 * records, so this class has a Spring context and database of its own (the H2 URL below; on
 * PostgreSQL every context gets its own database). Two engines named "default" cannot run in
 * one JVM, so it is an integration test: it runs after the shared context's JVM is gone and
 * closes its context when done.
 */
@SchoolSpringTest
@DirtiesContext
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:school-retention;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
class RetentionInPracticeIT {

  @Autowired ProcessEngine engine;
  @Autowired ConcernReporting reporting;
  @Autowired DemoUsers users;
  @Autowired LegalHolds holds;
  @Autowired RetentionDecisionRepository decisions;
  @Autowired RegisterRetention registers;
  @Autowired ExceptionRegister exceptions;
  @Autowired EntityManager entities;
  @Autowired SchoolProperties school;
  @Autowired TestRestTemplate http;

  RetentionFixtures fixtures;
  Actors actors;
  RestClient rest;

  @BeforeEach
  void setUp() {
    users.apply();
    fixtures = new RetentionFixtures(engine, reporting);
    actors = new Actors(engine.getIdentityService());
    rest = new RestClient(http);
    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2026, 12, 1, 10, 0)));
  }

  @Test
  void governanceGoesAfterSixYearsConcernsWhenTheirPersonBasedTimeComesAndAHoldKeepsARecord() {
    ProcessInstance exception = fixtures.refusedAccountException();
    ProcessInstance learner = fixtures.closedConcernAboutALearner(
        Map.of("learnerDateOfBirth", "2016-03-14"));
    ProcessInstance held = fixtures.closedConcernAboutALearner(
        Map.of("learnerDateOfBirth", "2015-09-01"));
    ProcessInstance allegation = fixtures.closedAllegationAboutStaff("1990-05-01");
    ProcessInstance heldWhileOpen = fixtures.reportConcern(Subject.LEARNER);
    actors.as("helen", () -> holds.place(heldWhileOpen.getId(),
        "Relevant to the national inquiry: request IICSA-43.", "helen"));
    fixtures.handleToTheEnd(heldWhileOpen, Map.of("learnerDateOfBirth", "2016-01-20"));
    assertThat(fixtures.history(heldWhileOpen).getEndTime()).isNotNull();
    assertThat(fixtures.history(heldWhileOpen).getRemovalTime())
        .as("no removal time is set for a record that ends while held").isNull();

    Date exceptionEnded = fixtures.history(exception).getEndTime();
    assertThat(fixtures.history(exception).getRemovalTime())
        .as("GOVERNANCE: the model's 2190 days after the end")
        .isEqualTo(Date.from(exceptionEnded.toInstant().plus(Duration.ofDays(2190))));
    assertThat(fixtures.history(learner).getRemovalTime()).as("CHILD_PROTECTION: learner is 25")
        .isEqualTo(schoolMidnight(LocalDate.of(2041, 3, 14)));
    assertThat(fixtures.history(held).getRemovalTime())
        .isEqualTo(schoolMidnight(LocalDate.of(2040, 9, 1)));
    assertThat(fixtures.history(allegation).getRemovalTime())
        .as("ALLEGATION: retirement at 67 is later than 10 years after closure")
        .isEqualTo(schoolMidnight(LocalDate.of(2057, 5, 1)));
    assertThat(decisions.findByProcessInstanceId(learner.getId())).hasValueSatisfying(decision -> {
      assertThat(decision.getRetentionClass()).isEqualTo(RetentionClass.CHILD_PROTECTION);
      assertThat(decision.getKeepUntil()).isEqualTo(LocalDate.of(2041, 3, 14));
      assertThat(decision.getDecidedBy()).isEqualTo("dana");
    });
    assertThat(decisions.findByProcessInstanceId(allegation.getId()))
        .hasValueSatisfying(decision -> {
          assertThat(decision.getRetentionClass()).isEqualTo(RetentionClass.ALLEGATION);
          assertThat(decision.getKeepUntil()).isEqualTo(LocalDate.of(2057, 5, 1));
          assertThat(decision.getDecidedBy()).isEqualTo("helen");
        });

    LegalHold hold = actors.as("dana", () -> holds.place(held.getId(),
        "Relevant to the national inquiry: request IICSA-42.", "dana"));
    fixtures.runRemovalTimeBatches();
    assertThat(fixtures.history(held).getRemovalTime()).as("a hold clears the removal time")
        .isNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(held.getId()).list())
        .allSatisfy(variable -> assertThat(variable.getRemovalTime()).isNull());

    fixtures.cleanUpHistory();
    assertPresent(exception, learner, held, allegation, heldWhileOpen);

    ClockUtil.setCurrentTime(Date.from(exceptionEnded.toInstant().plus(Duration.ofDays(2191))));
    fixtures.cleanUpHistory();
    assertGone(exception);
    assertPresent(learner, held, allegation);

    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2041, 3, 14, 2, 0)));
    fixtures.cleanUpHistory();
    assertGone(learner);
    assertPresent(held, allegation);
    assertThat(holds.standing()).extracting(LegalHold::getId).contains(hold.getId());

    actors.as("dana", () -> holds.release(hold.getId(), "The inquiry has closed.", "dana"));
    fixtures.runRemovalTimeBatches();
    assertThat(fixtures.history(held).getRemovalTime()).as("recalculated on release")
        .isEqualTo(schoolMidnight(LocalDate.of(2040, 9, 1)));
    fixtures.cleanUpHistory();
    assertGone(held);
    assertPresent(allegation);

    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2057, 4, 30, 2, 0)));
    fixtures.cleanUpHistory();
    assertPresent(allegation);
    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2057, 5, 1, 2, 0)));
    fixtures.cleanUpHistory();
    assertGone(allegation);
    assertPresent(heldWhileOpen);
  }

  @Test
  void aConcernWhoseLearnerHasNoKnownDateOfBirthIsKeptForTheModelsTimeToLive() {
    ProcessInstance concern = fixtures.closedConcernAboutALearner(
        Map.of("learnerReference", "UNKNOWN-UPN-7"));

    Date ended = fixtures.history(concern).getEndTime();
    assertThat(fixtures.history(concern).getRemovalTime())
        .isEqualTo(Date.from(ended.toInstant().plus(Duration.ofDays(9125))));
    assertThat(decisions.findByProcessInstanceId(concern.getId())).hasValueSatisfying(decision -> {
      assertThat(decision.getRetentionClass()).isEqualTo(RetentionClass.CHILD_PROTECTION);
      assertThat(decision.getKeepUntil()).isNull();
    });
  }

  @Test
  void theExceptionRegisterLosesRowsSixYearsAfterTheyEndedUnlessHeld() {
    ExceptionRecord revoked = revoke(fixtures.approvedAccountException("A2001"));
    ExceptionRecord held = revoke(fixtures.approvedAccountException("A2002"));
    actors.as("dana", () -> holds.place(held.getProcessInstanceId(),
        "Relevant to an employment tribunal.", "dana"));

    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2032, 11, 30, 1, 30)));
    registers.removeRowsPastTheirPeriod();
    assertThat(entities.find(ExceptionRecord.class, revoked.getId())).isNotNull();

    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2032, 12, 2, 1, 30)));
    registers.removeRowsPastTheirPeriod();
    assertThat(entities.find(ExceptionRecord.class, revoked.getId())).isNull();
    assertThat(entities.find(ExceptionRecord.class, held.getId())).isNotNull();
  }

  @Test
  void anAuditExportIsKeptSixYearsAfterItWasAskedForThenGoesWithItsFiles() throws Exception {
    ResponseEntity<String> asked = rest.post("grace", "/api/audit/exports",
        Map.of("from", "2026-09-01", "to", "2026-12-01"));
    assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    String id = new ObjectMapper().readTree(asked.getBody()).get("id").asText();
    String export = "/api/audit/exports/" + id;
    Awaitility.await().atMost(Duration.ofMinutes(3))
        .until(() -> !rest.get("grace", export).getBody().contains("\"RUNNING\""));
    Path files = Path.of(school.dataDir(), "exports", id);
    assertThat(files.resolve("manifest.json")).exists();

    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2032, 11, 30, 1, 30)));
    registers.removeRowsPastTheirPeriod();
    assertThat(rest.get("grace", export).getStatusCode()).isEqualTo(HttpStatus.OK);

    ClockUtil.setCurrentTime(schoolTime(LocalDateTime.of(2032, 12, 2, 1, 30)));
    registers.removeRowsPastTheirPeriod();
    assertThat(rest.get("grace", export).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(files).doesNotExist();
  }

  /** Revokes the exception in force for the instance, as the Head does through the register. */
  private ExceptionRecord revoke(ProcessInstance instance) {
    ExceptionRecord record = exceptions.currentExceptions().stream()
        .filter(current -> current.getProcessInstanceId().equals(instance.getId()))
        .findFirst().orElseThrow();
    exceptions.revoke(record.getId(), "No longer needed.", "helen");
    return record;
  }

  private void assertPresent(ProcessInstance... instances) {
    for (ProcessInstance instance : instances) {
      assertThat(fixtures.history(instance)).as("history of %s", instance.getProcessDefinitionId())
          .isNotNull();
    }
  }

  /** The whole history is gone: the instance, its variables, its tasks. */
  private void assertGone(ProcessInstance... instances) {
    var history = engine.getHistoryService();
    for (ProcessInstance instance : instances) {
      String id = instance.getId();
      assertThat(List.of(fixtures.history(instance) == null,
          history.createHistoricVariableInstanceQuery().processInstanceId(id).count() == 0,
          history.createHistoricTaskInstanceQuery().processInstanceId(id).count() == 0))
          .as("history of %s", instance.getProcessDefinitionId()).containsOnly(true);
    }
  }

  private static Date schoolTime(LocalDateTime time) {
    return Date.from(time.atZone(EngineClock.SCHOOL_ZONE).toInstant());
  }

  private static Date schoolMidnight(LocalDate day) {
    return Date.from(day.atStartOfDay(EngineClock.SCHOOL_ZONE).toInstant());
  }
}
