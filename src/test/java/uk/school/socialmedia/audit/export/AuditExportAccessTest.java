package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.school.socialmedia.audit.ExportRequest;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Who may export (issue 9, point 4) and what a bad request gets: governors, the chair, the Head
 * and the Business Manager may; everyone else is refused and nothing is recorded; a request
 * that breaks a rule gets 400 with the rule and records nothing either.
 */
@SchoolSpringTest
class AuditExportAccessTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired DemoUsers users;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditExportRepository records;

  AuditExportClient exports;
  RestClient rest;

  @BeforeEach
  void setUp() {
    users.apply();
    exports = new AuditExportClient(http);
    rest = new RestClient(http);
  }

  long exportsRequestedBy(String user) {
    return jdbc.queryForObject("select count(*) from audit_export where requested_by = ?",
        Long.class, user);
  }

  @Test
  void anExportByAnyoneButGovernorsTheHeadAndTheBusinessManagerIsRefusedAndNotRecorded() {
    String someExport = exports.completed("grace", LocalDate.now(), LocalDate.now(), null).id;
    for (String user : List.of("alice", "dana", "olivia", "carol")) {
      ResponseEntity<String> asked = exports.ask(user, LocalDate.now(), LocalDate.now(), null);
      assertThat(asked.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(exportsRequestedBy(user)).as(user).isZero();
      for (String path : List.of(AuditExportClient.EXPORTS,
          AuditExportClient.EXPORTS + "/" + someExport,
          AuditExportClient.EXPORTS + "/" + someExport + "/files/pdf")) {
        assertThat(rest.get(user, path).getStatusCode()).as(user + " " + path)
            .isEqualTo(HttpStatus.FORBIDDEN);
      }
    }
    assertThat(exports.ask(null, LocalDate.now(), LocalDate.now(), null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theChairTheHeadAndTheBusinessManagerMayExportAndSeeTheRecentExports() {
    for (String user : List.of("charles", "helen", "brian")) {
      String id = exports.completed(user, LocalDate.now(), LocalDate.now(), "aup-signing").id;
      assertThat(rest.get(user, AuditExportClient.EXPORTS).getBody()).contains(id);
    }
  }

  @Test
  void aBadRequestGets400WithTheRuleAndRecordsNothing() {
    long before = exportsRequestedBy("grace");
    assertRefused(exports.ask("grace", "2026-10-02", "2026-10-01", null),
        "The period starts (2026-10-02) after it ends (2026-10-01).");
    assertRefused(exports.ask("grace", "2026-10-01", "2026-10-02", "no-such-process"),
        "There is no process 'no-such-process'");
    assertRefused(exports.ask("grace", null, "2026-10-02", null),
        "Please give the first day of the period (from).");
    assertRefused(exports.ask("grace", "2026-10-01", null, null),
        "Please give the last day of the period (to).");
    assertThat(exportsRequestedBy("grace")).isEqualTo(before);
  }

  @Test
  void aPeriodOutsideTheYears2000To2100IsRefusedAndRecordsNothing() {
    long before = exportsRequestedBy("grace");
    assertRefused(exports.ask("grace", "2026-10-01", "+999999999-12-31", null),
        "The last day of the period must be between 1 January 2000 and 31 December 2100.");
    assertRefused(exports.ask("grace", "1999-12-31", "2026-10-01", null),
        "The first day of the period must be between 1 January 2000 and 31 December 2100.");
    assertRefused(exports.ask("grace", "2026-10-01", "2101-01-01", null),
        "The last day of the period must be between 1 January 2000 and 31 December 2100.");
    assertThat(exportsRequestedBy("grace")).isEqualTo(before);
  }

  @Test
  void anExportThatDoesNotExistAnswersTheSameWhetherTheIdIsWellFormedOrNot() {
    ResponseEntity<String> unknown = rest.get("grace",
        AuditExportClient.EXPORTS + "/" + UUID.randomUUID());
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("There is no export");
    ResponseEntity<String> unknownFile = rest.get("grace",
        AuditExportClient.EXPORTS + "/" + UUID.randomUUID() + "/files/pdf");
    assertThat(unknownFile.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anExportStillRunningHasNoFilesToDownloadYet() {
    AuditExport running = records.save(new AuditExport(new ExportRequest(LocalDate.now(),
        LocalDate.now(), Optional.empty()), "grace", Instant.now()));
    try {
      ResponseEntity<byte[]> file = exports.download("grace", running.getId(), "pdf");
      assertThat(file.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(new String(file.getBody())).contains("is not complete (running, 0% done)");
    } finally {
      records.delete(running);
    }
  }

  @Test
  void eachFileDownloadsUnderANameThatSaysWhatItIs() {
    var export = exports.completed("grace", LocalDate.now(), LocalDate.now(), "post-review");
    String prefix = "audit-export-" + LocalDate.now() + "-to-" + LocalDate.now()
        + "-post-review-" + export.id.substring(0, 8);
    for (String format : List.of("csv.zip", "pdf", "jsonl", "manifest.json")) {
      ResponseEntity<byte[]> file = exports.download("grace", export.id, format);
      assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
          .isEqualTo("attachment; filename=\"" + prefix + "." + format + "\"");
    }
    assertThat(exports.download("grace", export.id, "docx").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.get("grace", AuditExportClient.EXPORTS + "/" + UUID.randomUUID())
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void progressIsRecordedWhileALongRegisterIsStreamed() {
    // more earlier exports on one day than a page holds (school.audit.export.page-size)
    LocalDate day = LocalDate.of(2001, 1, 1);
    Instant requested = day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
    List<String> earlier = new java.util.ArrayList<>();
    for (int i = 0; i < 120; i++) {
      earlier.add(records.save(new AuditExport(new ExportRequest(day, day, Optional.empty()),
          "grace", requested.plusSeconds(i))).getId());
    }
    try {
      var export = exports.completed("grace", day, day, null);
      assertThat(export.csv("exports").stream().map(r -> r.get("exportId")))
          .containsExactlyElementsOf(earlier);
    } finally {
      records.deleteAllById(earlier);
    }
  }

  private static void assertRefused(ResponseEntity<String> response, String message) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(message);
  }
}
