package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.audit.export.AuditExportClient.Export;
import uk.school.socialmedia.audit.export.DisclosureRules.Kind;
import uk.school.socialmedia.consent.ConsentPurpose;
import uk.school.socialmedia.consent.ConsentRegister;
import uk.school.socialmedia.consent.LearnerImport;
import uk.school.socialmedia.consent.Relationship;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * An export says only what docs/audit-exports.md promises, checked over HTTP on every file of
 * every scope: the columns of each CSV file, JSON line and the README are exactly the documented
 * ones; every variable any process can write is classified (to leave or to stay); the requester
 * of an account exception and a post stopped by a concern appear nowhere; a cell a spreadsheet
 * would run as a formula is text; a class of one shows no learner's consent.
 */
@SchoolSpringTest
class ExportPromisesTest {

  static ExportTerm term;

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired DisclosureRules rules;

  AuditExportClient exports;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    if (term == null) {
      term = new ExportTerm(context);
    }
    exports = new AuditExportClient(http);
  }

  @Test
  void everyFileOfEveryScopeHasExactlyTheDocumentedColumns() throws IOException {
    Map<String, List<String>> documented = documentedColumns();
    assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(
        Stream.of(Kind.values()).map(Kind::file).toList());
    List<String> scopes = new ArrayList<>();
    scopes.add(null);
    engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()
        .forEach(definition -> scopes.add(definition.getKey()));

    for (String scope : scopes) {
      Export export = exports.completed("grace", LocalDate.now(), LocalDate.now(), scope);
      Map<String, String> files = export.zipEntries();
      Set<String> expectedFiles = new TreeSet<>();
      documented.keySet().forEach(file -> expectedFiles.add(file + ".csv"));
      expectedFiles.add("README.txt");
      assertThat(files.keySet()).as(scope).containsExactlyInAnyOrderElementsOf(expectedFiles);
      for (Map.Entry<String, List<String>> file : documented.entrySet()) {
        List<String> header = CSVFormat.RFC4180.parse(new StringReader(
            files.get(file.getKey() + ".csv"))).getRecords().get(0).toList();
        assertThat(header).as(scope + " " + file.getKey()).isEqualTo(file.getValue());
        for (JsonNode line : export.jsonLines(file.getKey())) {
          List<String> fields = new ArrayList<>();
          line.fieldNames().forEachRemaining(fields::add);
          List<String> expected = new ArrayList<>(List.of("kind"));
          expected.addAll(file.getValue());
          assertThat(fields).as(scope + " " + file.getKey()).isEqualTo(expected);
        }
        // the README lists the same columns, in the same order, and nothing else
        String readme = files.get("README.txt");
        int at = readme.indexOf(file.getKey() + ".csv: ");
        List<String> listed = readme.substring(at).lines().skip(1)
            .takeWhile(line -> line.startsWith("  "))
            .map(line -> line.substring(2, line.indexOf(':'))).toList();
        assertThat(listed).as("README " + file.getKey()).isEqualTo(file.getValue());
      }
      assertThat(new String(export.jsonLines, java.nio.charset.StandardCharsets.UTF_8).lines()
          .map(line -> read(line).get("kind").asText()).distinct())
          .allMatch(documented::containsKey);
    }
  }

  @Test
  void everyVariableAnyProcessCanWriteIsClassifiedToLeaveOrToStay() throws IOException {
    Set<String> unclassified = new TreeSet<>();
    // what the forms of each process can submit, and what its diagram writes itself
    for (Path file : Files.list(Path.of("bpmn")).filter(f -> f.toString().endsWith(".bpmn"))
        .toList()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (var process : model.getModelElementsByType(
          org.camunda.bpm.model.bpmn.instance.Process.class)) {
        Set<String> written = new LinkedHashSet<>();
        for (var element : model.getModelElementsByType(
            org.camunda.bpm.model.bpmn.instance.FlowNode.class)) {
          String form = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn",
              "formRef");
          if (form != null) {
            formKeys(read(Files.readString(Path.of("forms", form + ".form"))), written);
          }
        }
        Matcher outputs = Pattern.compile("(?:outputParameter name|resultVariable|target)=\"(\\w+)\"")
            .matcher(Files.readString(file));
        while (outputs.find()) {
          written.add(outputs.group(1));
        }
        written.stream().filter(name -> !rules.classifies(process.getId(), name))
            .forEach(name -> unclassified.add(process.getId() + ": " + name));
      }
    }
    // and what the processes really wrote, delegates and listeners included, in every test of
    // this run so far and in the term of activity (every process, every path it took)
    engine.getHistoryService().createHistoricVariableInstanceQuery().disableBinaryFetching()
        .disableCustomObjectDeserialization().list().forEach(variable -> {
          if (!rules.classifies(variable.getProcessDefinitionKey(), variable.getName())) {
            unclassified.add(variable.getProcessDefinitionKey() + ": " + variable.getName());
          }
        });
    assertThat(unclassified).as("variables nobody classified in DisclosureRules").isEmpty();
    // a variable nobody classified is withheld
    assertThat(rules.classifies("post-review", "aFieldAddedTomorrow")).isFalse();
    assertThat(rules.disclosesVariable("post-review", "aFieldAddedTomorrow")).isFalse();
  }

  @Test
  void whoAskedForAnAccountExceptionIsNamedInNoFile() {
    Export export = exports.completed("grace", LocalDate.now(), LocalDate.now(), null);
    String instance = term.exception.getId();
    Set<String> tasks = new LinkedHashSet<>(engine.getHistoryService()
        .createHistoricTaskInstanceQuery().processInstanceId(instance).list().stream()
        .map(HistoricTaskInstance::getId).toList());

    List<CSVRecord> about = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      export.csv(kind.file()).stream().filter(row -> row.toMap().values().stream()
          .anyMatch(value -> value.equals(instance) || tasks.contains(value)))
          .forEach(about::add);
    }
    assertThat(about).as("the exception's records").isNotEmpty();
    assertThat(export.csv("operations").stream().filter(r -> r.get("processInstanceId")
        .equals(instance) && r.get("operationType").equals("Create")))
        .as("its creation is listed, without who").isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("userId")).isEmpty());
    assertThat(about).allSatisfy(row -> assertThat(row.toMap().values()).as(row.toMap().toString())
        .doesNotContain("bob"));
  }

  @Test
  void theTechnicalAdministratorsActsOutsideAnyProcessAreListedWithWhoDidThem() {
    String newcomer = "newcomer-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var created = new uk.school.socialmedia.testsupport.RestClient(http).post("admin",
        "/engine-rest/user/create", java.util.Map.of(
            "profile", java.util.Map.of("id", newcomer, "firstName", "New", "lastName", "Comer",
                "email", newcomer + "@lodgefarm.sch.uk"),
            "credentials", java.util.Map.of("password", "a long passphrase for tests")));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(204);
    try {
      Export export = exports.completed("grace", LocalDate.now(), LocalDate.now(), null);

      assertThat(export.csv("operations")).anySatisfy(row -> {
        assertThat(row.get("userId")).isEqualTo("admin");
        assertThat(row.get("operationType")).isEqualTo("Create");
        assertThat(row.get("entityType")).isEqualTo("User");
        assertThat(row.get("processKey")).isEmpty();
      });
      Export posts = exports.completed("grace", LocalDate.now(), LocalDate.now(), "post-review");
      assertThat(posts.csv("operations")).noneMatch(row -> row.get("entityType").equals("User"));
    } finally {
      engine.getIdentityService().deleteUser(newcomer);
    }
  }

  @Test
  void aPostStoppedByAConcernAppearsInNoFileWithItsAuthorOrReviewer() {
    Export export = exports.completed("grace", LocalDate.now(), LocalDate.now(), null);
    Set<String> ids = new LinkedHashSet<>(List.of(term.stoppedPost.getId()));
    engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(term.stoppedPost.getId()).list()
        .forEach(task -> ids.add(task.getId()));

    export.everything().forEach((file, text) -> ids.forEach(id ->
        assertThat(text).as(file).doesNotContain(id)));
    assertThat(export.csv("variable-updates").stream().map(r -> r.get("variable")))
        .doesNotContain("reviewRationale", "concernAbout", "concernReference");
  }

  @Test
  void aChannelNamedLikeASpreadsheetFormulaIsExportedAsText() {
    String formula = "=HYPERLINK(\"http://x\",\"click\")";
    List<String> names = List.of(formula, "+44 news", "-1 notices", "@school");
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("channel-risk-assessment").latestVersion().singleResult().getId();
    Actors actors = new Actors(engine.getIdentityService());
    for (String name : names) {
      actors.as("alice", () -> engine.getFormService().submitStartForm(definition,
          proposal(name)));
    }

    Export export = exports.completed("grace", LocalDate.now(), LocalDate.now(),
        "channel-risk-assessment");

    List<String> shown = export.csv("channels").stream().map(r -> r.get("name")).toList();
    names.forEach(name -> assertThat(shown).contains("'" + name).doesNotContain(name));
    assertThat(export.zipEntries().get("channels.csv")).doesNotContain("\r\n=", ",=");
    // JSON lines are for machines, not spreadsheets: the name as it was given
    assertThat(export.jsonLines("channels").stream().map(line -> line.get("name").asText()))
        .contains(formula);
  }

  @Test
  void aClassOfOneShowsNoLearnersConsent() {
    String reference = "ONE-" + Long.toHexString(System.nanoTime()).toUpperCase();
    context.getBean(LearnerImport.class).importCsv(new StringReader(
        "reference,name,year_group,date_of_birth\n" + reference + ",Only Learner,13,2008-11-02\n"));
    context.getBean(ConsentRegister.class).recordConsent(reference,
        EnumSet.allOf(ConsentPurpose.class), "Sam Parent", Relationship.PARENT,
        LocalDate.now().minusDays(1), "olivia", null);

    Export export = exports.completed("charles", LocalDate.now(), LocalDate.now(),
        "parental-consent");

    List<CSVRecord> yearThirteen = export.csv("consent-coverage").stream()
        .filter(r -> r.get("yearGroup").equals("13")).toList();
    assertThat(yearThirteen).hasSize(ConsentPurpose.values().length)
        .allSatisfy(row -> assertThat(row.toMap()).containsEntry("learners", "fewer than 5")
            .containsEntry("withConsent", "fewer than 5").containsEntry("percent", ""));
    assertThat(export.csv("consent-coverage")).allSatisfy(row -> {
      for (String column : List.of("learners", "withConsent")) {
        String figure = row.get(column);
        assertThat(figure.equals("fewer than 5")
            || Long.parseLong(figure) >= 5 && Long.parseLong(figure) % 5 == 0)
            .as(row.toMap().toString()).isTrue();
      }
    });
  }

  private static Map<String, Object> proposal(String name) {
    Map<String, Object> p = new HashMap<>();
    p.put("channelName", name);
    p.put("platform", "FACEBOOK");
    p.put("purpose", "COMMUNITY_ENGAGEMENT");
    p.put("objectives", "Share school news and celebrate learning with families.");
    p.put("intendedOutcomes", "Parents see weekly class highlights; newsletter questions fall.");
    p.put("audience", "Parents and carers");
    p.put("learnersTakePart", false);
    p.put("registrationEmail", "office@lodgefarm.sch.uk");
    p.put("accountManagers", "alice");
    p.put("moderationPlan", "Comments reviewed each school day by an account manager.");
    p.put("inclusionPlan", "Everything posted also goes in the weekly newsletter.");
    return p;
  }

  /** Each file's columns as the tables of docs/audit-exports.md list them. */
  private static Map<String, List<String>> documentedColumns() throws IOException {
    Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
    String file = null;
    for (String line : Files.readAllLines(Path.of("docs/audit-exports.md"))) {
      Matcher heading = Pattern.compile("^### `([a-z-]+)\\.csv`").matcher(line);
      if (heading.find()) {
        file = heading.group(1);
        columns.put(file, new ArrayList<>());
      } else if (line.startsWith("## ")) {
        file = null;
      } else if (file != null) {
        Matcher row = Pattern.compile("^\\| `(\\w+)` \\|").matcher(line);
        if (row.find()) {
          columns.get(file).add(row.group(1));
        }
      }
    }
    return columns;
  }

  private static void formKeys(JsonNode node, Set<String> keys) {
    if (node.isObject() && node.has("key") && node.get("key").isTextual()) {
      keys.add(node.get("key").asText());
    }
    node.elements().forEachRemaining(child -> formKeys(child, keys));
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
