package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.school.socialmedia.audit.export.AuditExportClient.Export;
import uk.school.socialmedia.channel.Channel;
import uk.school.socialmedia.channel.ChannelRegister;
import uk.school.socialmedia.consent.ConsentPurpose;
import uk.school.socialmedia.consent.ConsentVerification;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.post.Post;
import uk.school.socialmedia.post.PostRegister;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Governors' exports of a term of activity (issue 9, points 1, 2, 4 and 7): each kind of record
 * checked field by field in CSV and JSON lines against the engine and the registers, the privacy
 * rules checked on every file of every scope, the chain of exports and the manifest.
 */
@SchoolSpringTest
class AuditExportTest {

  /** Wide enough for every record of the term, whatever the clock of earlier tests. */
  static final LocalDate FROM = LocalDate.of(2000, 1, 1);

  static ExportTerm term;

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired ChannelRegister channels;
  @Autowired PostRegister posts;
  @Autowired ConsentVerification consent;
  @Autowired DisclosureRules rules;

  AuditExportClient exports;

  @BeforeEach
  void setUp() {
    if (term == null) {
      term = new ExportTerm(context);
    }
    exports = new AuditExportClient(http);
  }

  static LocalDate today() {
    return LocalDate.now();
  }

  @Test
  void anExportHoldsEachKindOfRecordFieldByFieldInCsvAndJsonLines() {
    // asked for ten years on, so that it holds the demo records too, whatever the clock of the
    // test that seeded them (an export never reads past the moment it was asked for)
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(3650))));
    LocalDate asOf = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        EngineClock.SCHOOL_ZONE);
    Export export = exports.completed("grace", FROM, asOf, null);

    // process instances: the account exception is listed without naming who asked
    HistoricProcessInstance exception = history.createHistoricProcessInstanceQuery()
        .processInstanceId(term.exception.getId()).singleResult();
    CSVRecord instance = export.row("process-instances", "processInstanceId", exception.getId());
    assertThat(instance.toMap()).containsEntry("processKey", "account-exception")
        .containsEntry("processVersion", Integer.toString(exception.getProcessDefinitionVersion()))
        .containsEntry("startedAt", exception.getStartTime().toInstant().toString())
        .containsEntry("state", exception.getState())
        .containsEntry("startedBy", "");
    export.assertSameInJsonLines("process-instances", instance);

    // tasks: the Head's decision, who made it and when
    var decision = term.exceptionDecision;
    CSVRecord task = export.row("tasks", "taskId", decision.getId());
    assertThat(task.toMap()).containsEntry("processInstanceId", exception.getId())
        .containsEntry("processKey", "account-exception")
        .containsEntry("taskKey", "Task_HeadDecides")
        .containsEntry("taskName", decision.getName())
        .containsEntry("createdAt", decision.getStartTime().toInstant().toString())
        .containsEntry("endedAt", decision.getEndTime().toInstant().toString())
        .containsEntry("outcome", "COMPLETED")
        .containsEntry("assignee", "helen");
    export.assertSameInJsonLines("tasks", task);

    // variable updates: the decision given on the form, linked to Helen's completion of it;
    // never whom the exception concerns or why
    CSVRecord completed = export.csv("operations").stream()
        .filter(r -> r.get("taskId").equals(decision.getId())
            && r.get("operationType").equals("Complete"))
        .findFirst().orElseThrow();
    assertThat(completed.toMap()).containsEntry("userId", "helen")
        .containsEntry("entityType", "Task").containsEntry("processKey", "account-exception")
        .containsEntry("processInstanceId", exception.getId());
    export.assertSameInJsonLines("operations", completed);
    HistoricVariableUpdate given = history.createHistoricDetailQuery().variableUpdates()
        .processInstanceId(exception.getId()).list().stream()
        .map(HistoricVariableUpdate.class::cast)
        .filter(d -> "decision".equals(d.getVariableName())).findFirst().orElseThrow();
    CSVRecord update = export.row("variable-updates", "updateId", given.getId());
    assertThat(update.toMap()).containsEntry("occurredAt", given.getTime().toInstant().toString())
        .containsEntry("processInstanceId", exception.getId())
        .containsEntry("processKey", "account-exception")
        .containsEntry("operationId", completed.get("operationId"))
        .containsEntry("variable", "decision")
        .containsEntry("value", "APPROVE");
    export.assertSameInJsonLines("variable-updates", update);
    assertThat(export.csv("variable-updates").stream()
        .filter(r -> r.get("processInstanceId").equals(exception.getId()))
        .map(r -> r.get("variable")))
        .contains("kind", "recommendation", "decision", "approvedUntil")
        .doesNotContain("concernsReference", "reason", "safeguards", "conditions",
            "decisionRationale", "recommendationRationale", "discussionOutcome");

    // identity links: Helen took the task
    CSVRecord link = export.csv("identity-links").stream()
        .filter(r -> r.get("taskId").equals(decision.getId()) && r.get("type").equals("assignee"))
        .findFirst().orElseThrow();
    assertThat(link.toMap()).containsEntry("processKey", "account-exception")
        .containsEntry("operation", "add").containsEntry("userId", "helen");
    export.assertSameInJsonLines("identity-links", link);
    // incidents (the message is withheld) and clocks that ran out
    CSVRecord incident = export.row("incidents", "incidentId", term.incident.getId());
    assertThat(incident.toMap()).containsEntry("state", "OPEN")
        .containsEntry("type", "exportTestIncident").containsEntry("processKey", "aup-signing")
        .containsEntry("processInstanceId", term.aupRequest.getId())
        .containsEntry("activityId", "Task_SignAup").containsEntry("endedAt", "");
    export.assertSameInJsonLines("incidents", incident);
    CSVRecord reminder = export.row("escalations", "processInstanceId", term.aupRequest.getId());
    assertThat(reminder.toMap()).containsEntry("processKey", "aup-signing")
        .containsEntry("timerId", "Timer_Reminder")
        .containsEntry("timerName", "Not signed after the reminder period");
    export.assertSameInJsonLines("escalations", reminder);

    // the channel register and its status history: the demo post's channel
    // the demo's published post; the demo posts only on a channel no test has posted on before,
    // so after the post tests it is one of theirs
    Post published = posts.published().stream()
        .filter(p -> p.getPublishedUrl().contains("science-fair")).findFirst()
        .orElseGet(() -> posts.published().get(0));
    Channel facebook = channels.find(published.getChannelId()).orElseThrow();
    CSVRecord channel = export.row("channels", "channelId", facebook.getId().toString());
    assertThat(channel.toMap()).containsEntry("name", facebook.getName())
        .containsEntry("platform", text(facebook.getPlatform()))
        .containsEntry("status", text(facebook.getStatus()))
        .containsEntry("riskRating", text(facebook.getRiskRating()))
        .containsEntry("proposedBy", facebook.getProposedBy())
        .containsEntry("proposedAt", text(facebook.getProposedAt()))
        .containsEntry("approvedBy", text(facebook.getApprovedBy()))
        .containsEntry("approvedAt", text(facebook.getApprovedAt()))
        .containsEntry("processInstanceId", facebook.getProcessInstanceId());
    export.assertSameInJsonLines("channels", channel);
    assertThat(export.csv("channel-status-changes").stream()
        .filter(r -> r.get("channelId").equals(facebook.getId().toString()))
        .map(r -> r.get("toStatus")))
        .containsAll(facebook.getHistory().stream().map(h -> h.getToStatus().name()).toList());

    // AUP: completion of the current version, and one signature
    int version = jdbc.queryForObject("select max(version_number) from aup_version",
        Integer.class);
    CSVRecord completion = export.row("aup-completion", "version", Integer.toString(version));
    long asked = history.createHistoricProcessInstanceQuery().processDefinitionKey("aup-signing")
        .variableValueEquals("aupVersionNumber", version).count();
    long signed = jdbc.queryForObject(
        "select count(*) from aup_signature where version_number = ?", Long.class, version);
    assertThat(completion.toMap()).containsEntry("asked", Long.toString(asked))
        .containsEntry("signed", Long.toString(signed))
        .containsEntry("percentSigned", Long.toString(Math.round(100.0 * signed / asked)));
    export.assertSameInJsonLines("aup-completion", completion);
    Map<String, Object> signature = jdbc.queryForMap("select user_id, version_number, "
        + "text_sha256, process_instance_id from aup_signature where user_id = 'alice' "
        + "order by id desc limit 1");
    CSVRecord signatureRow = export.row("aup-signatures", "processInstanceId",
        (String) signature.get("process_instance_id"));
    assertThat(signatureRow.toMap()).containsEntry("userId", "alice")
        .containsEntry("version", signature.get("version_number").toString())
        .containsEntry("textSha256", (String) signature.get("text_sha256"));

    // consent coverage of the demo class, counted another way (the consent check posts use)
    int yearGroup = jdbc.queryForObject(
        "select year_group from learner where reference = 'LF-D001'", Integer.class);
    List<String> classList = jdbc.queryForList(
        "select reference from learner where year_group = ?", String.class, yearGroup);
    long withConsent = consent.verify(ConsentPurpose.SOCIAL_MEDIA_IMAGE, classList).consented()
        .size();
    CSVRecord coverage = export.csv("consent-coverage").stream()
        .filter(r -> r.get("purpose").equals("SOCIAL_MEDIA_IMAGE")
            && r.get("yearGroup").equals(Integer.toString(yearGroup)))
        .findFirst().orElseThrow();
    // counts about learners are published rounded, small ones suppressed
    assertThat(coverage.toMap()).containsEntry("asOf", asOf.toString())
        .containsEntry("learners", rules.counts().count(classList.size()))
        .containsEntry("withConsent", rules.counts().count(withConsent));
    export.assertSameInJsonLines("consent-coverage", coverage);

    // the published post: who wrote, approved and published it; not its text
    CSVRecord post = export.row("posts", "processInstanceId", published.getProcessInstanceId());
    assertThat(post.toMap()).containsEntry("postId", published.getId().toString())
        .containsEntry("channelName", published.getChannelName())
        .containsEntry("status", "PUBLISHED")
        .containsEntry("author", published.getAuthor())
        .containsEntry("approvedBy", text(published.getApprovedBy()))
        .containsEntry("approvedTextSha256", text(published.getApprovedTextSha256()))
        .containsEntry("publishedBy", published.getPublishedBy())
        .containsEntry("publishedAt", published.getPublishedAt().toString())
        .containsEntry("publishedUrl", published.getPublishedUrl())
        .containsEntry("learnersShown", Integer.toString(published.getLearners().size()));
    export.assertSameInJsonLines("posts", post);
    assertThat(export.everything().values()).noneMatch(text -> text.contains(published.getText()));

    // the account exception in the register: kind, state, dates and who decided
    CSVRecord approved = export.row("account-exceptions", "processInstanceId", exception.getId());
    assertThat(approved.toMap()).containsEntry("exceptionKind", "PRE_EXISTING_RELATIONSHIP")
        .containsEntry("status", "ACTIVE").containsEntry("approvedBy", "helen")
        .containsEntry("endDate", today().plusMonths(3).toString())
        .containsEntry("renewals", "0");
    export.assertSameInJsonLines("account-exceptions", approved);

    // concerns: aggregates only, per closed term, every row listed whatever the counts
    List<CSVRecord> autumn = export.csv("concern-figures").stream()
        .filter(r -> r.get("term").equals("Autumn 2026")).toList();
    assertThat(autumn.stream().map(r -> r.get("measure")).distinct())
        .containsExactly("total", "byCategory", "byRoute", "byOutcome", "byState",
            "acknowledgedWithin", "clocksMissed");
    assertThat(autumn.stream().filter(r -> r.get("measure").equals("byRoute"))
        .map(r -> r.get("value"))).containsExactly("SAFEGUARDING", "ABOUT_STAFF_OR_HEAD");
    FigureAuditor.assertNothingSmallIsRevealed(export.csv("concern-figures"));
    export.assertSameInJsonLines("concern-figures", autumn.get(0));

    // every record is in both files, and the README describes every file
    Map<String, String> files = export.zipEntries();
    for (DisclosureRules.Kind kind : DisclosureRules.Kind.values()) {
      assertThat(export.jsonLines(kind.file())).as(kind.file())
          .hasSameSizeAs(export.csv(kind.file()));
      assertThat(files.get("README.txt")).contains(kind.file() + ".csv: ");
    }
    assertThat(export.pdfText()).contains("Lodge Farm School", "governors' audit pack",
        "AUP completion per version", "Parental consent coverage",
        "Safeguarding concerns (aggregates only)", "Approval turnaround");
  }

  @Test
  void aConcernsDescriptionAndALearnersNameNeverAppearInAnyExportWhateverTheScope() {
    List<String> learnerNames = term.learnerNames(jdbc);
    assertThat(learnerNames).isNotEmpty();
    String concernReference = term.concern.getBusinessKey();
    List<String> scopes = new ArrayList<>();
    scopes.add(null);
    engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()
        .forEach(definition -> scopes.add(definition.getKey()));

    for (String scope : scopes) {
      Export export = exports.completed("charles", FROM, today(), scope);
      export.everything().forEach((file, text) -> {
        assertThat(text).as(scope + ": " + file).doesNotContain(term.marker)
            .doesNotContain(concernReference);
        learnerNames.forEach(name -> assertThat(text).as(scope + ": " + file)
            .doesNotContain(name));
      });
      // every export has every file (those out of scope hold only their header)
      assertThat(export.zipEntries()).containsKeys(java.util.Arrays.stream(
          DisclosureRules.Kind.values()).map(kind -> kind.file() + ".csv")
          .toArray(String[]::new)).containsKey("README.txt");
      assertThat(export.csv("process-instances").stream().map(r -> r.get("processKey")))
          .as(scope).doesNotContain("concern-escalation");
      assertThat(export.csv("tasks").stream().map(r -> r.get("processInstanceId")))
          .as(scope).doesNotContain(term.concern.getId());
    }
  }

  @Test
  void aTermStillRunningShowsNoSafeguardingFigures() {
    Export export = exports.completed("helen", today(), today(), "concern-escalation");
    assertThat(export.csv("concern-figures")).singleElement().satisfies(row ->
        assertThat(row.toMap()).containsEntry("measure", "total")
            .containsEntry("figure", "after the term closes"));
  }

  @Test
  void eachExportAppearsInTheNextOnesExportsFile() {
    Export first = exports.completed("grace", today(), today(), "post-review");
    Export next = exports.completed("brian", today(), today(), null);

    CSVRecord earlier = next.row("exports", "exportId", first.id);
    JsonNode chainHead = first.summary.get("chainHead");
    assertThat(earlier.toMap()).containsEntry("requestedBy", "grace")
        .containsEntry("periodFrom", today().toString())
        .containsEntry("periodTo", today().toString())
        .containsEntry("scope", "post-review")
        .containsEntry("state", "COMPLETED")
        .containsEntry("manifestSha256", first.summary.get("manifestSha256").asText())
        .containsEntry("chainSequence", chainHead.get("sequence").asText())
        .containsEntry("chainHash", chainHead.get("hash").asText());
    next.assertSameInJsonLines("exports", earlier);
    assertThat(next.csv("exports").stream().map(r -> r.get("exportId"))).doesNotContain(next.id);
  }

  @Test
  void theManifestHoldsTheSha256OfEveryFileAndTheChainHeadItWasMadeAt() throws Exception {
    Export export = exports.completed("grace", today(), today(), null);

    assertThat(sha256(export.manifest)).isEqualTo(export.summary.get("manifestSha256").asText());
    JsonNode manifest = exports.read(new String(export.manifest));
    assertThat(manifest.get("exportId").asText()).isEqualTo(export.id);
    assertThat(manifest.get("requestedBy").asText()).isEqualTo("grace");
    assertThat(manifest.get("chainHead").get("hash").asText())
        .isEqualTo(export.summary.get("chainHead").get("hash").asText());
    assertThat(manifest.get("chainHead").get("sequence").asLong())
        .isEqualTo(export.summary.get("chainHead").get("sequence").asLong());
    Map<String, byte[]> files = Map.of("csv.zip", export.zip, "jsonl", export.jsonLines,
        "pdf", export.pdf);
    assertThat(manifest.get("files")).hasSize(3);
    for (JsonNode file : manifest.get("files")) {
      byte[] content = files.get(file.get("format").asText());
      assertThat(sha256(content)).as(file.toString()).isEqualTo(file.get("sha256").asText());
      assertThat(file.get("size").asLong()).isEqualTo(content.length);
    }
    assertThat(export.pdfText()).contains(export.summary.get("chainHead").get("hash").asText(),
        sha256(export.zip), sha256(export.jsonLines));
  }

  /** As the files show a value: empty when there is none. */
  static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
