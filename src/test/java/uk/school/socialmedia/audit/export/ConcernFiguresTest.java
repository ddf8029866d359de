package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.school.socialmedia.audit.export.AuditExportClient.Export;
import uk.school.socialmedia.concern.ConcernReport;
import uk.school.socialmedia.concern.ConcernReport.AccountType;
import uk.school.socialmedia.concern.ConcernReport.Kind;
import uk.school.socialmedia.concern.ConcernReport.Source;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.concern.ConcernReporting;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Safeguarding figures attacked as a governor or the Head would attack them, over HTTP: one
 * concern in a term, two exports minutes apart with concerns added and handled in between, and
 * the total minus the other rows. The concerns are placed in the test terms of 2080-81, which no
 * other test reaches, so every count here is known.
 */
@SchoolSpringTest
class ConcernFiguresTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired ConcernReporting reporting;
  @Autowired DemoUsers users;
  @Autowired JdbcTemplate jdbc;

  AuditExportClient exports;

  @BeforeEach
  void setUp() {
    users.apply();
    exports = new AuditExportClient(http);
  }

  @Test
  void oneConcernAboutTheHeadShowsOnlyFewerThanFiveInEveryRowAndNoRouteAboutHer() {
    at("2080-10-05T10:00:00Z");
    report(Subject.HEAD);
    at("2081-01-10T09:00:00Z");

    Export export = exports.completed("helen", "2080-09-01", "2080-12-31", "concern-escalation");

    List<CSVRecord> autumn = termRows(export, "Autumn 2080");
    assertThat(autumn).allSatisfy(row -> assertThat(row.get("figure")).as(row.toMap().toString())
        .isEqualTo("fewer than 5"));
    assertThat(values(autumn, "byRoute")).containsExactly("SAFEGUARDING", "ABOUT_STAFF_OR_HEAD");
    assertThat(values(autumn, "byCategory")).hasSize(12).contains("NOT_YET_TRIAGED",
        "STAFF_CONDUCT", "NUDE_IMAGE_SHARING");
    assertThat(values(autumn, "byOutcome")).hasSize(8).contains("ALLEGATION_AGAINST_STAFF");
    assertThat(values(autumn, "byState")).containsExactly("OPEN", "CLOSED");
    assertThat(values(autumn, "clocksMissed")).contains("Not acknowledged in time",
        "One working day has passed");
    export.everything().forEach((file, text) -> assertThat(text).as(file)
        .doesNotContain("HEAD_ALLEGATION", "STAFF_ALLEGATION", "ROLE_CONFLICT"));
    // the same rows, in the same order, as a term with no concern at all
    Export empty = exports.completed("helen", "2081-04-01", "2081-04-01", "concern-escalation");
    assertThat(empty.csv("concern-figures")).singleElement()
        .satisfies(row -> assertThat(row.get("figure")).isEqualTo("after the term closes"));
  }

  @Test
  void twoExportsMinutesApartShowTheSameFiguresWhateverHappensBetweenThem() {
    at("2081-02-02T10:00:00Z");
    for (int i = 0; i < 11; i++) {
      report(Subject.LEARNER);
    }
    ProcessInstance aboutStaff = report(Subject.STAFF);
    at("2081-04-02T09:00:00Z");
    report(Subject.LEARNER); // in the summer term, still running

    Export first = exports.completed("charles", "2081-01-01", "2081-08-31", null);

    // between the two: a concern reported late into the closed term, one acknowledged, and
    // one more in the running term
    at("2081-03-30T10:00:00Z");
    report(Subject.STAFF);
    at("2081-04-02T09:05:00Z");
    acknowledge(aboutStaff, "helen");
    report(Subject.HEAD);
    Export second = exports.completed("charles", "2081-01-01", "2081-08-31", null);

    assertThat(second.csv("concern-figures")).extracting(CSVRecord::toMap)
        .containsExactlyElementsOf(first.csv("concern-figures").stream()
            .map(CSVRecord::toMap).toList());
    assertThat(termRows(first, "Summer 2081")).singleElement()
        .satisfies(row -> assertThat(row.get("figure")).isEqualTo("after the term closes"));
    List<CSVRecord> spring = termRows(first, "Spring 2081");
    // 12 concerns: the total is rounded, never exact, and the small route is not pinned
    assertThat(figure(spring, "total", "total")).isEqualTo("10");
    assertThat(figure(spring, "byRoute", "ABOUT_STAFF_OR_HEAD")).isEqualTo("fewer than 5");
    assertThat(figure(spring, "byRoute", "SAFEGUARDING")).isEqualTo("withheld");
    FigureAuditor.assertNothingSmallIsRevealed(first.csv("concern-figures"));
    FigureAuditor.assertNothingSmallIsRevealed(second.csv("concern-figures"));
    // the pack shows the same frozen figures
    assertThat(second.pdfText()).contains("Spring 2081", "withheld");
    // frozen once, in the register: published figures only, never a true count
    assertThat(jdbc.queryForList("select figure from concern_term_figure where term = ?",
        String.class, "Spring 2081")).isNotEmpty().doesNotContain("11", "12", "13");
  }

  private static List<CSVRecord> termRows(Export export, String term) {
    return export.csv("concern-figures").stream().filter(r -> r.get("term").equals(term))
        .toList();
  }

  private static List<String> values(List<CSVRecord> rows, String measure) {
    return rows.stream().filter(r -> r.get("measure").equals(measure))
        .map(r -> r.get("value")).toList();
  }

  private static String figure(List<CSVRecord> rows, String measure, String value) {
    return rows.stream().filter(r -> r.get("measure").equals(measure)
        && r.get("value").equals(value)).findFirst().orElseThrow().get("figure");
  }

  private static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  private ProcessInstance report(Subject about) {
    String reference = reporting.report(new ConcernReport(Source.STAFF_REPORT, null, "alice",
        Kind.CONCERN, about, "A comment on the class page made fun of someone.",
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.SCHOOL_ZONE)
            .minusDays(1),
        "Facebook", AccountType.OFFICIAL, false, "Took a screenshot and hid the comment."));
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
  }

  private void acknowledge(ProcessInstance concern, String user) {
    String task = engine.getTaskService().createTaskQuery().processInstanceId(concern.getId())
        .taskDefinitionKey("Task_Acknowledge").singleResult().getId();
    new Actors(engine.getIdentityService()).as(user, () -> {
      engine.getTaskService().claim(task, user);
      engine.getTaskService().complete(task, Map.of("acknowledged", true));
    });
  }
}
