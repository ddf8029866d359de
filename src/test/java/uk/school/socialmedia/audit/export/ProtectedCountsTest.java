package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.school.socialmedia.audit.export.ProtectedCounts.Published;

/**
 * The disclosure control of counts about people, attacked as a reader who knows the rules would:
 * for every possible set of true counts (up to a bound), publish them, then gather every set of
 * true counts that publishes the same figures; a "fewer than 5" figure is safe only when those
 * sets still allow zero and more than one value for it, whatever the total and the other
 * figures say, and a withheld figure only when they allow more than one value.
 */
class ProtectedCountsTest {

  final ProtectedCounts counts = new ProtectedCounts(5, 5);

  /** True counts up to this are tried; only groups of small totals are judged, away from it. */
  static final int MOST = 36;
  static final int JUDGED_UP_TO = 22;

  @Test
  void zeroAndEveryCountBelowTheThresholdReadTheSame() {
    for (long small = 0; small < 5; small++) {
      assertThat(counts.count(small)).isEqualTo("fewer than 5");
    }
    assertThat(counts.count(5)).isEqualTo("5");
    assertThat(counts.count(7)).isEqualTo("5");
    assertThat(counts.count(8)).isEqualTo("10");
    assertThat(counts.count(14)).isEqualTo("15");
  }

  @Test
  void oneConcernShowsNothingButFewerThanFiveInEveryRow() {
    Published one = counts.protect(1, Map.of("byRoute",
        breakdown("SAFEGUARDING", 0, "ABOUT_STAFF_OR_HEAD", 1)));
    assertThat(one.total()).isEqualTo("fewer than 5");
    assertThat(one.breakdowns().get("byRoute")).containsOnly(
        Map.entry("SAFEGUARDING", "fewer than 5"), Map.entry("ABOUT_STAFF_OR_HEAD",
            "fewer than 5"));
  }

  @Test
  void theReportedCaseOfTwelveSafeguardingAndTwoAllegationsRevealsNeitherAllegation() {
    // the finding: a total of 14 beside SAFEGUARDING 12 pinned the two small rows
    Published shown = counts.protect(14, Map.of("byRoute",
        breakdown("SAFEGUARDING", 12, "ABOUT_STAFF_OR_HEAD", 2)));
    assertThat(shown.breakdowns().get("byRoute").get("ABOUT_STAFF_OR_HEAD"))
        .isEqualTo("fewer than 5");
    assertThat(shown.breakdowns().get("byRoute").get("SAFEGUARDING")).isEqualTo("withheld");
  }

  @Test
  void noTotalMinusTheOtherFiguresNarrowsASmallCountInABreakdownOfTwo() {
    assertNoSmallCountIsNarrowed(2, vector -> Map.of("b", cells(vector)));
  }

  @Test
  void noTotalMinusTheOtherFiguresNarrowsASmallCountInABreakdownOfThree() {
    assertNoSmallCountIsNarrowed(3, vector -> Map.of("b", cells(vector)));
  }

  @Test
  void twoBreakdownsOfTheSameConcernsTogetherNarrowNoSmallCount() {
    // (a, b) and (c, total - c): categories and routes of the same concerns
    Map<Published, List<long[]>> groups = new HashMap<>();
    for (long a = 0; a <= MOST; a++) {
      for (long b = 0; a + b <= MOST; b++) {
        for (long c = 0; c <= a + b; c++) {
          long[] truth = {a, b, c, a + b - c};
          Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
          breakdowns.put("first", breakdown("x", a, "y", b));
          breakdowns.put("second", breakdown("x", c, "y", a + b - c));
          groups.computeIfAbsent(counts.protect(a + b, breakdowns), p -> new ArrayList<>())
              .add(truth);
        }
      }
    }
    judge(groups, published -> List.of(published.breakdowns().get("first").get("x"),
        published.breakdowns().get("first").get("y"), published.breakdowns().get("second")
            .get("x"), published.breakdowns().get("second").get("y")));
  }

  private void assertNoSmallCountIsNarrowed(int cells,
      Function<long[], Map<String, Map<String, Long>>> breakdowns) {
    Map<Published, List<long[]>> groups = new HashMap<>();
    enumerate(new long[cells], 0, vector -> {
      long total = 0;
      for (long count : vector) {
        total += count;
      }
      groups.computeIfAbsent(counts.protect(total, breakdowns.apply(vector)),
          p -> new ArrayList<>()).add(vector.clone());
    });
    judge(groups, published -> new ArrayList<>(published.breakdowns().get("b").values()));
  }

  /**
   * For every group of true counts that publish the same figures (judged only where every
   * member's total is small, so that the bound of the search does not narrow anything itself):
   * each "fewer than 5" figure must still allow 0 to 4, and no "withheld" figure a single value.
   */
  private void judge(Map<Published, List<long[]>> groups,
      Function<Published, List<String>> figures) {
    int judged = 0;
    for (Map.Entry<Published, List<long[]>> group : groups.entrySet()) {
      boolean small = group.getValue().stream().allMatch(v -> sum(v) <= JUDGED_UP_TO * 2);
      if (!small) {
        continue;
      }
      List<String> shown = figures.apply(group.getKey());
      for (int cell = 0; cell < shown.size(); cell++) {
        Set<Long> possible = new TreeSet<>();
        for (long[] truth : group.getValue()) {
          possible.add(truth[cell]);
        }
        if (shown.get(cell).equals("fewer than 5")) {
          // never pinned, and never known to be above zero: a row does not say it happened
          assertThat(possible).as("cell %d of %s", cell, group.getKey()).contains(0L)
              .hasSizeGreaterThan(1);
          judged++;
        } else if (shown.get(cell).equals(ProtectedCounts.WITHHELD)) {
          assertThat(possible).as("cell %d of %s", cell, group.getKey()).hasSizeGreaterThan(1);
        }
      }
    }
    assertThat(judged).as("small counts judged").isPositive();
  }

  private static long sum(long[] vector) {
    long sum = 0;
    for (long count : vector) {
      sum += count;
    }
    return sum;
  }

  private static void enumerate(long[] vector, int at, java.util.function.Consumer<long[]> each) {
    if (at == vector.length) {
      if (sum(vector) <= MOST) {
        each.accept(vector);
      }
      return;
    }
    for (long count = 0; count <= MOST; count++) {
      vector[at] = count;
      enumerate(vector, at + 1, each);
    }
  }

  private static Map<String, Long> cells(long[] vector) {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (int i = 0; i < vector.length; i++) {
      cells.put("c" + i, vector[i]);
    }
    return cells;
  }

  private static Map<String, Long> breakdown(Object... keysAndCounts) {
    Map<String, Long> breakdown = new LinkedHashMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      breakdown.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
    }
    return breakdown;
  }
}
