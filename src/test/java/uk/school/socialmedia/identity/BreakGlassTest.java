package uk.school.socialmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import uk.school.socialmedia.concern.ConcernReport;
import uk.school.socialmedia.concern.ConcernReporting;
import uk.school.socialmedia.notification.OutboxMessage;
import uk.school.socialmedia.notification.OutboxRepository;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Emergency access: a member of break-glass reads a concern when the DSL and the deputy cannot be
 * reached; giving it and every use are recorded in the break-glass register (journaled in the
 * audit ledger) and the Head and the DSL are told, without any detail of the record.
 */
@SchoolSpringTest
class BreakGlassTest {

  private static final String WHAT_HAPPENED = "A learner was named in an unkind comment.";

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired ConcernReporting reporting;
  @Autowired OutboxRepository outbox;
  @Autowired BreakGlassUseRepository register;

  RestClient rest;
  String leader;
  ProcessInstance concern;

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
    // a senior leader with the demo password convention (password = user id)
    leader = "leader-" + System.nanoTime();
    var user = identity.newUser(leader);
    user.setFirstName("Lee");
    user.setLastName("Leader");
    user.setPassword(leader);
    identity.saveUser(user);
    identity.createMembership(leader, SchoolGroup.STAFF.id());
    identity.createMembership(leader, SchoolGroup.SLT.id());
    String reference = reporting.report(new ConcernReport(ConcernReport.Source.STAFF_REPORT, null,
        "bob", ConcernReport.Kind.CONCERN, ConcernReport.Subject.LEARNER, WHAT_HAPPENED,
        LocalDate.now().minusDays(1), "Facebook", ConcernReport.AccountType.OFFICIAL, false,
        "Hid the comment."));
    concern = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult();
  }

  @AfterEach
  void tearDown() {
    identity.deleteUser(leader);
  }

  @Test
  void withoutBreakGlassASeniorLeaderReadsNoConcern() {
    assertThat(rest.get(leader, "/engine-rest/history/variable-instance?processInstanceId="
        + concern.getId()).getBody()).isEqualTo("[]");
    assertThat(register.findByUserIdOrderByIdAsc(leader)).isEmpty();
  }

  @Test
  void givingBreakGlassIsRecordedAndTheHeadAndTheDslAreTold() {
    long toldBefore = breakGlassNotices("helen") + breakGlassNotices("dana");

    assertThat(rest.exchange("admin", HttpMethod.PUT, "/engine-rest/group/break-glass/members/"
        + leader, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(register.findByUserIdOrderByIdAsc(leader)).singleElement().satisfies(entry -> {
      assertThat(entry.getKind()).isEqualTo(BreakGlassUse.Kind.GIVEN);
      assertThat(entry.getChangedBy()).isEqualTo("admin");
      assertThat(entry.getRequest()).isEqualTo(
          "PUT /engine-rest/group/break-glass/members/" + leader);
    });
    assertThat(breakGlassNotices("helen") + breakGlassNotices("dana")).isEqualTo(toldBefore + 2);
  }

  @Test
  void everyReadingOfAConcernWithBreakGlassIsRecordedAndToldAtMostHourly() {
    identity.createMembership(leader, SchoolGroup.BREAK_GLASS.id());
    long helenBefore = breakGlassNotices("helen");
    long danaBefore = breakGlassNotices("dana");
    String variables = "/engine-rest/history/variable-instance?processInstanceId="
        + concern.getId();

    var read = rest.get(leader, variables);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).contains(WHAT_HAPPENED);
    rest.get(leader, "/engine-rest/task?processInstanceId=" + concern.getId());

    List<BreakGlassUse> uses = register.findByUserIdOrderByIdAsc(leader).stream()
        .filter(u -> u.getKind() == BreakGlassUse.Kind.USED).toList();
    assertThat(uses).extracting(BreakGlassUse::getRequest).containsExactly(
        "GET /engine-rest/history/variable-instance", "GET /engine-rest/task");
    assertThat(uses).extracting(BreakGlassUse::isNoticeSent).containsExactly(true, false);
    assertThat(breakGlassNotices("helen")).isEqualTo(helenBefore + 1);
    assertThat(breakGlassNotices("dana")).isEqualTo(danaBefore + 1);
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("dana")).last().satisfies(notice -> {
      assertThat(notice.getBody()).contains("Lee Leader").doesNotContain(WHAT_HAPPENED)
          .doesNotContain(concern.getId()).doesNotContain(concern.getBusinessKey());
      assertThat(notice.getProcessInstanceId()).isNull();
    });
  }

  private long breakGlassNotices(String user) {
    return outbox.findByRecipientUserIdOrderByIdAsc(user).stream()
        .map(OutboxMessage::getSubject)
        .filter(subject -> subject.startsWith("Emergency access")).count();
  }
}
