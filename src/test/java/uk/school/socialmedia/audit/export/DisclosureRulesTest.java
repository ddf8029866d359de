package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.school.socialmedia.audit.export.DisclosureRules.Kind;

/** The privacy rules of the governors' exports (issue 9, point 2), one rule at a time. */
class DisclosureRulesTest {

  final DisclosureRules rules = new DisclosureRules(
      new ExportSettings(5, new ExportSettings.Export(500, 1, 4)));

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
  void aCountBelowTheThresholdReadsFewerThanIt() {
    assertThat(rules.count(0)).isEqualTo("0");
    assertThat(rules.count(1)).isEqualTo("fewer than 5");
    assertThat(rules.count(4)).isEqualTo("fewer than 5");
    assertThat(rules.count(5)).isEqualTo("5");
  }

  @Test
  void oneSmallCountIsHiddenWithTheNextSmallestSoTheTotalCannotRevealIt() {
    assertThat(rules.suppress(breakdown("BULLYING", 10, "GROOMING", 3, "CONTENT", 7), "total"))
        .containsExactly(Map.entry("BULLYING", "10"), Map.entry("GROOMING", "fewer than 5"),
            Map.entry("CONTENT", "withheld"), Map.entry("total", "20"));
  }

  @Test
  void twoSmallCountsHideEachOther() {
    assertThat(rules.suppress(breakdown("BULLYING", 10, "GROOMING", 3, "CONTENT", 2), "total"))
        .containsExactly(Map.entry("BULLYING", "10"), Map.entry("GROOMING", "fewer than 5"),
            Map.entry("CONTENT", "fewer than 5"), Map.entry("total", "15"));
  }

  @Test
  void aSmallTotalHidesEverything() {
    assertThat(rules.suppress(breakdown("BULLYING", 3, "GROOMING", 1), "total"))
        .containsOnlyKeys("BULLYING", "GROOMING", "total")
        .allSatisfy((key, figure) -> assertThat(figure).isEqualTo("fewer than 5"));
  }

  @Test
  void zerosStayZeroAndDoNotCountAsTheSecondHiddenFigure() {
    assertThat(rules.suppress(breakdown("BULLYING", 0, "GROOMING", 3, "CONTENT", 9), "total"))
        .containsExactly(Map.entry("BULLYING", "0"), Map.entry("GROOMING", "fewer than 5"),
            Map.entry("CONTENT", "withheld"), Map.entry("total", "12"));
  }

  @Test
  void largeCountsAreShownAsTheyAre() {
    assertThat(rules.suppress(breakdown("BULLYING", 12, "GROOMING", 5), "total"))
        .containsExactly(Map.entry("BULLYING", "12"), Map.entry("GROOMING", "5"),
            Map.entry("total", "17"));
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

  private static Map<String, Long> breakdown(Object... keysAndCounts) {
    Map<String, Long> breakdown = new LinkedHashMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      breakdown.put((String) keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
    }
    return breakdown;
  }
}
