package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.school.socialmedia.audit.export.DisclosureRules.Kind;

/** The privacy rules of the governors' exports (issue 9, point 2), one rule at a time. */
class DisclosureRulesTest {

  final DisclosureRules rules = new DisclosureRules(
      new ExportProperties(5, 5, java.util.List.of(), new ExportProperties.Export(500, 1, 4)));

  @Test
  void concernsNeverLeaveOneByOneNorDoesAnyOfTheirVariables() {
    assertThat(rules.disclosesRecordsOf("concern-escalation")).isFalse();
    for (String variable : new String[] {"whatHappened", "aboutWhom", "category", "route",
        "decision", "decisionRationale", "learnerReference", "learnerDateOfBirth"}) {
      assertThat(rules.disclosesVariable("concern-escalation", variable)).as(variable).isFalse();
    }
    assertThat(rules.assignee("concern-escalation", "dana")).isNull();
    assertThat(rules.starter("concern-escalation", "bob")).isNull();
  }

  @Test
  void aProcessOrVariableNobodyListedIsWithheld() {
    assertThat(rules.disclosesRecordsOf("a-new-process")).isFalse();
    assertThat(rules.disclosesRecordsOf(null)).isFalse();
    assertThat(rules.disclosesVariable("a-new-process", "decision")).isFalse();
    assertThat(rules.disclosesVariable("post-review", "aNewField")).isFalse();
    assertThat(rules.disclosesVariable(null, null)).isFalse();
    assertThat(rules.starter(null, "bob")).isNull();
    assertThat(rules.linkUser(null, "bob")).isNull();
    assertThat(rules.operationValue(null, "x")).isNull();
  }

  @Test
  void decisionsAndRationalesLeaveButFreeTextAboutPeopleDoesNot() {
    assertThat(rules.disclosesVariable("channel-assessment-round", "approvalDecision")).isTrue();
    assertThat(rules.disclosesVariable("channel-assessment-round", "approvalRationale")).isTrue();
    assertThat(rules.disclosesVariable("post-review", "reviewDecision")).isTrue();
    assertThat(rules.disclosesVariable("post-review", "reviewRationale")).isFalse();
    assertThat(rules.disclosesVariable("post-review", "concernAbout")).isFalse();
    assertThat(rules.disclosesVariable("post-review", "concernReference")).isFalse();
    assertThat(rules.disclosesVariable("post-review", "postText")).isFalse();
    assertThat(rules.disclosesVariable("post-review", "learnersShown")).isFalse();
    assertThat(rules.disclosesVariable("post-review", "moderationNotes")).isFalse();
    assertThat(rules.disclosesVariable("parental-consent", "learnerReference")).isFalse();
    assertThat(rules.disclosesVariable("parental-consent", "parentName")).isFalse();
    assertThat(rules.disclosesVariable("aup-signing", "typedFullName")).isFalse();
  }

  @Test
  void anAccountExceptionShowsItsKindDecisionAndDecider_neverWhomItConcernsOrWhy() {
    assertThat(rules.disclosesVariable("account-exception", "kind")).isTrue();
    assertThat(rules.disclosesVariable("account-exception", "decision")).isTrue();
    for (String variable : new String[] {"concernsReference", "reason", "safeguards",
        "conditions", "decisionRationale", "recommendationRationale", "reviewNotes"}) {
      assertThat(rules.disclosesVariable("account-exception", variable)).as(variable).isFalse();
    }
    assertThat(rules.starter("account-exception", "bob")).isNull();
    assertThat(rules.assignee("account-exception", "helen")).isEqualTo("helen");
  }

  @Test
  void staffAreNamedWhereTheirActionIsTheRecord_candidatesAreNot() {
    assertThat(rules.starter("post-review", "alice")).isEqualTo("alice");
    assertThat(rules.assignee("post-review", "brian")).isEqualTo("brian");
    assertThat(rules.linkUser("assignee", "brian")).isEqualTo("brian");
    assertThat(rules.linkUser("candidate", "carol")).isNull();
    assertThat(rules.operationValue("assignee", "brian")).isEqualTo("brian");
    assertThat(rules.operationValue("deleteReason", "free text")).isNull();
  }

  @Test
  void everyFileHasItsOwnNameAndEveryColumnIsDescribed() {
    assertThat(Arrays.stream(Kind.values()).map(Kind::file)).doesNotHaveDuplicates();
    for (Kind kind : Kind.values()) {
      // "kind" names the record's file in JSON lines
      assertThat(kind.columnNames()).as(kind.file()).doesNotHaveDuplicates()
          .doesNotContain("kind");
      assertThat(kind.columns()).as(kind.file())
          .allSatisfy(column -> assertThat(column.description()).isNotBlank());
    }
  }

  @Test
  void theDocumentationListsEveryFileAndColumn() throws IOException {
    String docs = Files.readString(Path.of("docs/audit-exports.md"));
    for (Kind kind : Kind.values()) {
      assertThat(docs).as(kind.file()).contains("`" + kind.file() + ".csv`");
      kind.columns().forEach(column ->
          assertThat(docs).as(kind.file() + " " + column.name()).contains("`" + column.name() + "`"));
    }
  }
}
