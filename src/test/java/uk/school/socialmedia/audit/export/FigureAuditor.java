package uk.school.socialmedia.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads published concern figures as a reader who knows the rules would: a "fewer than 5" figure
 * is 0 to 4, "withheld" (beside figures still shown) at least 5, a shown figure within 2 of it
 * and at least 5; every breakdown adds up to the term's total. It then works out, from the total
 * and the other figures, what each small count could be, and fails when it could not be zero
 * or could be only one value.
 */
final class FigureAuditor {

  private static final long NO_END = Long.MAX_VALUE / 4;
  private static final List<String> ADDING_UP = List.of("byCategory", "byRoute", "byOutcome",
      "byState", "acknowledgedWithin");

  private FigureAuditor() {}

  /** Every closed term's rows: fixed, rounded or suppressed, and no small count recoverable. */
  static void assertNothingSmallIsRevealed(List<CSVRecord> rows) {
    Map<String, List<CSVRecord>> byTerm = rows.stream()
        .collect(Collectors.groupingBy(r -> r.get("term"), LinkedHashMap::new,
            Collectors.toList()));
    byTerm.forEach((term, figures) -> {
      if (figures.size() == 1) {
        assertThat(figures.get(0).get("figure")).as(term).isEqualTo("after the term closes");
        return;
      }
      figures.forEach(r -> {
        String figure = r.get("figure");
        assertThat(figure.equals("fewer than 5") || figure.equals("withheld")
            || figure.matches("\\d+") && Long.parseLong(figure) >= 5
            && Long.parseLong(figure) % 5 == 0).as(term + " " + r.toMap()).isTrue();
      });
      long[] total = range(figures.stream().filter(r -> r.get("measure").equals("total"))
          .findFirst().orElseThrow().get("figure"));
      Map<String, Map<String, String>> breakdowns = new LinkedHashMap<>();
      for (String measure : ADDING_UP) {
        Map<String, String> cells = new LinkedHashMap<>();
        figures.stream().filter(r -> r.get("measure").equals(measure))
            .forEach(r -> cells.put(r.get("value"), r.get("figure")));
        assertThat(cells).as(term + " " + measure).isNotEmpty();
        if (!cells.values().stream().allMatch("withheld"::equals)) {
          breakdowns.put(measure, cells);
        }
      }
      for (Map<String, String> cells : breakdowns.values()) {
        long low = 0;
        long high = 0;
        for (String figure : cells.values()) {
          low += range(figure)[0];
          high = Math.min(NO_END, high + range(figure)[1]);
        }
        total = new long[] {Math.max(total[0], low), Math.min(total[1], high)};
      }
      for (Map.Entry<String, Map<String, String>> breakdown : breakdowns.entrySet()) {
        Map<String, String> cells = breakdown.getValue();
        for (String value : cells.keySet()) {
          if (!cells.get(value).equals("fewer than 5")) {
            continue;
          }
          long othersLow = 0;
          long othersHigh = 0;
          for (Map.Entry<String, String> other : cells.entrySet()) {
            if (!other.getKey().equals(value)) {
              othersLow += range(other.getValue())[0];
              othersHigh = Math.min(NO_END, othersHigh + range(other.getValue())[1]);
            }
          }
          // still possibly zero, and more than one value: neither that it happened nor how often
          long least = total[0] - othersHigh;
          long most = Math.min(4, total[1] - othersLow);
          assertThat(least).as("%s %s %s: the least the total minus the rest leaves", term,
              breakdown.getKey(), value).isLessThanOrEqualTo(0);
          assertThat(most).as("%s %s %s: the most the total minus the rest leaves", term,
              breakdown.getKey(), value).isGreaterThanOrEqualTo(1);
        }
      }
    });
  }

  private static long[] range(String figure) {
    if (figure.equals("fewer than 5")) {
      return new long[] {0, 4};
    }
    if (figure.equals("withheld")) {
      return new long[] {5, NO_END};
    }
    long shown = Long.parseLong(figure);
    return new long[] {Math.max(5, shown - 2), shown + 2};
  }
}
