package uk.school.socialmedia.audit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * The governors' page over plain HTTP, as a browser without JavaScript uses it: who is let in,
 * CSRF on every form, and every bad input answered with the form and a clear message while
 * nothing is started. (The browser journey itself is {@link GovernorsPageBrowserTest}.)
 */
@SchoolSpringTest
class GovernorsPageRequestsTest {

  @LocalServerPort int port;
  @Autowired DemoUsers users;
  @Autowired JdbcTemplate database;
  @Autowired AuditChain chain;

  @BeforeEach
  void demoUsers() {
    users.apply();
  }

  @Test
  void someoneNotSignedInIsSentToTheSignInForm() throws Exception {
    HttpResponse<String> page = new PageSession(port).get("/governors");

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/governors/sign-in"));
    assertThat(new PageSession(port).get("/governors/sign-in").body())
        .contains("<label for=\"username\">User name</label>", "Lodge Farm School");
  }

  @Test
  void anUnknownUserIsToldTheSignInFailedWithoutSayingWhy() throws Exception {
    PageSession session = new PageSession(port);
    HttpResponse<String> refused = session.signIn("nobody-at-this-school", "guess");

    assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/governors/sign-in?error"));
    assertThat(session.get("/governors/sign-in?error").body())
        .contains("The user name or password is not right");
    assertThat(session.get("/governors").statusCode()).isEqualTo(302);
  }

  @Test
  void theHeadTheBusinessManagerAndTheChairMayUseThePage() throws Exception {
    for (String leader : new String[] {"helen", "brian", "charles"}) {
      PageSession session = new PageSession(port);
      session.signIn(leader, leader);
      HttpResponse<String> page = session.get("/governors");
      assertThat(page.statusCode()).as(leader).isEqualTo(200);
      assertThat(page.body()).as(leader).contains("Start an export", "Signed in as " + leader);
    }
  }

  @Test
  void aMemberOfStaffIsToldThePageIsNotForTheirRoleAndCannotStartAnExport() throws Exception {
    PageSession alice = new PageSession(port);
    alice.signIn("alice", "alice");

    HttpResponse<String> page = alice.get("/governors");
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("This page is not for your role");

    HttpResponse<String> start = alice.post("/governors/exports",
        Map.of("from", "2012-01-01", "to", "2012-01-31", "scope", "all"));
    assertThat(start.statusCode()).isEqualTo(403);
    assertThat(exportsFrom("alice", LocalDate.of(2012, 1, 1))).isZero();
    assertThat(alice.get("/governors/exports/00000000-0000-0000-0000-000000000000/files/manifest")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void aFormSentWithoutItsCsrfTokenStartsNothing() throws Exception {
    PageSession grace = signedIn("grace");

    HttpResponse<String> forged = grace.postExactly("/governors/exports",
        Map.of("from", "2013-01-01", "to", "2013-01-31", "scope", "all"));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(exportsFrom("grace", LocalDate.of(2013, 1, 1))).isZero();
  }

  @Test
  void aPeriodThatEndsBeforeItStartsShowsTheFormAgainAndStartsNothing() throws Exception {
    HttpResponse<String> page = signedIn("grace").post("/governors/exports",
        Map.of("from", "2014-03-01", "to", "2014-02-01", "scope", "all"));

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("The export was not started",
        "The period starts after it ends", "value=\"2014-03-01\"");
    assertThat(exportsFrom("grace", LocalDate.of(2014, 3, 1))).isZero();
  }

  @Test
  void aPeriodOutsideTheYears2000To2100ShowsTheFormAgainAndStartsNothing() throws Exception {
    HttpResponse<String> page = signedIn("grace").post("/governors/exports",
        Map.of("from", "2017-01-01", "to", "+999999999-12-31", "scope", "all"));

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("The export was not started",
        "The last day of the period must be between 1 January 2000 and 31 December 2100.");
    assertThat(exportsFrom("grace", LocalDate.of(2017, 1, 1))).isZero();
  }

  @Test
  void thePageChecksTheAuditChainEachTimeItIsOpened() throws Exception {
    PageSession grace = signedIn("grace");
    Instant later = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
    ClockUtil.setCurrentTime(Date.from(later));

    String shown = grace.get("/governors").body();

    assertThat(shown).contains("Checked when this page was opened", DateTimeFormatter
        .ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).format(later.atZone(ZoneId.of(
            "Europe/London"))));
  }

  @Test
  void missingDatesShowTheFormAgainAndStartNothing() throws Exception {
    HttpResponse<String> page = signedIn("grace").post("/governors/exports",
        Map.of("from", "", "to", "", "scope", "all"));

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Enter the first day of the period.",
        "Enter the last day of the period.");

    HttpResponse<String> notADate = signedIn("grace").post("/governors/exports",
        Map.of("from", "1st March", "to", "2015-03-31", "scope", "all"));
    assertThat(notADate.statusCode()).isEqualTo(400);
    assertThat(notADate.body()).contains("The first day of the period is not a date");
    assertThat(exportsFrom("grace", LocalDate.of(2015, 3, 1))).isZero();
  }

  @Test
  void anUnknownScopeShowsTheFormAgainAndStartsNothing() throws Exception {
    HttpResponse<String> page = signedIn("charles").post("/governors/exports",
        Map.of("from", "2016-01-01", "to", "2016-01-31", "scope", "staff-payroll"));

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("There is no process called &quot;staff-payroll&quot;");
    assertThat(exportsFrom("charles", LocalDate.of(2016, 1, 1))).isZero();
  }

  @Test
  void theScopesAreTheProcessesByName() throws Exception {
    assertThat(signedIn("grace").get("/governors").body()).contains(
        "<option value=\"all\" selected=\"selected\">All processes</option>",
        "<option value=\"post-review\">Post review</option>",
        "<option value=\"concern-escalation\">Concern about online conduct</option>");
  }

  @Test
  void anExportThatDoesNotExistOrAFileThatDoesNotExistIsNotFound() throws Exception {
    PageSession grace = signedIn("grace");

    HttpResponse<String> export = grace.get("/governors/exports/00000000-0000-0000-0000-000000000000");
    assertThat(export.statusCode()).isEqualTo(404);
    assertThat(export.body()).contains("No such export");
    assertThat(grace.get("/governors/exports/00000000-0000-0000-0000-000000000000/files/spreadsheet")
        .statusCode()).isEqualTo(404);
  }

  @Test
  void todaysChainExtendsItsOwnHeadAndNotAnAlteredOne() throws Exception {
    ChainHead head = chain.seal();
    PageSession grace = signedIn("grace");

    HttpResponse<String> yes = grace.post("/governors/extends",
        Map.of("sequence", String.valueOf(head.sequence()), "hash", head.hash().toUpperCase()));
    assertThat(yes.statusCode()).isEqualTo(200);
    assertThat(yes.body()).contains("Yes. Today&#39;s audit chain still holds");

    String altered = (head.hash().charAt(0) == '0' ? "1" : "0") + head.hash().substring(1);
    HttpResponse<String> no = grace.post("/governors/extends",
        Map.of("sequence", String.valueOf(head.sequence()), "hash", altered));
    assertThat(no.statusCode()).isEqualTo(200);
    assertThat(no.body()).contains("No. ", "A later export does not extend that earlier one");
  }

  @Test
  void anIncompleteChainHeadIsRefusedWithAMessage() throws Exception {
    HttpResponse<String> page = signedIn("grace").post("/governors/extends",
        Map.of("sequence", "twelve", "hash", "abc"));

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("The check was not made",
        "The chain sequence is a whole number", "The chain hash is 64 characters");
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    PageSession grace = signedIn("grace");
    grace.get("/governors");

    HttpResponse<String> out = grace.post("/governors/sign-out", Map.of());
    assertThat(out.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/governors/sign-in?signed-out"));
    assertThat(grace.get("/governors").statusCode()).isEqualTo(302);
  }

  private PageSession signedIn(String user) throws Exception {
    PageSession session = new PageSession(port);
    HttpResponse<String> signIn = session.signIn(user, user);
    assertThat(signIn.headers().firstValue("Location")).as("sign-in of " + user)
        .hasValueSatisfying(location -> assertThat(location).endsWith("/governors"));
    session.get("/governors");
    return session;
  }

  private int exportsFrom(String user, LocalDate from) {
    return database.queryForObject(
        "select count(*) from audit_export where requested_by = ? and period_from = ?",
        Integer.class, user, from);
  }
}
