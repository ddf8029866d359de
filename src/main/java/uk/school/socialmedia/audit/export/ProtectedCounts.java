package uk.school.socialmedia.audit.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts about people (safeguarding concerns, parental consent) as they may be published, the
 * way UK official statistics protect small numbers:
 * <ol>
 *   <li>every count below the threshold, zero included, reads "fewer than N", so a row never
 *       tells whether anything happened at all;</li>
 *   <li>every other count is rounded to the base (to the nearest 5), so no figure is exact;</li>
 *   <li>where breakdowns add up to a total, a breakdown with a "fewer than N" figure always
 *       withholds its first figure still shown, and then the total minus the other figures
 *       must neither tell that a "fewer than N" figure is above zero nor pin any hidden figure
 *       to one value: otherwise the next is withheld too, then the total, then the
 *       whole breakdown (complementary suppression).</li>
 * </ol>
 * Only the published text is kept; the true counts never leave the computation.
 */
final class ProtectedCounts {

  static final String WITHHELD = "withheld";

  /** The true counts a published figure allows, both ends included. */
  record Range(long low, long high) {

    static final long UNBOUNDED = Long.MAX_VALUE;

    Range intersect(Range other) {
      return new Range(Math.max(low, other.low), Math.min(high, other.high));
    }
  }

  /** A total and its breakdowns as published, in the order they were given. */
  record Published(String total, Map<String, Map<String, String>> breakdowns) {}

  private final int threshold;
  private final int base;

  ProtectedCounts(int threshold, int base) {
    this.threshold = threshold;
    this.base = base;
  }

  int threshold() {
    return threshold;
  }

  String suppressed() {
    return "fewer than " + threshold;
  }

  /** One count that adds up to nothing else that is published. */
  String count(long count) {
    return count < threshold ? suppressed() : Long.toString((count + base / 2) / base * base);
  }

  /** What a reader who knows these rules can tell from a published figure alone. */
  Range range(String figure) {
    if (figure.equals(suppressed())) {
      return new Range(0, threshold - 1);
    }
    if (figure.equals(WITHHELD)) {
      // within a breakdown that shows other figures, only a figure that would have been shown
      // is withheld
      return new Range(threshold, Range.UNBOUNDED);
    }
    long rounded = Long.parseLong(figure);
    long low = rounded - base / 2;
    return new Range(Math.max(threshold, low), low + base - 1);
  }

  /**
   * The total and breakdowns of one population (each breakdown adds up to the total), with
   * complementary suppression until no total or difference narrows a suppressed figure.
   */
  Published protect(long total, Map<String, Map<String, Long>> breakdowns) {
    String shownTotal = count(total);
    Map<String, Map<String, String>> shown = new LinkedHashMap<>();
    breakdowns.forEach((name, counts) -> {
      Map<String, String> figures = new LinkedHashMap<>();
      counts.forEach((key, count) -> figures.put(key, count(count)));
      shown.put(name, figures);
    });
    // a small figure always has a withheld one beside it, whatever the small one is (zero
    // included), so that the withholding itself never tells that something happened
    shown.forEach((name, figures) -> {
      if (figures.containsValue(suppressed())) {
        firstShown(figures).ifPresent(key -> figures.put(key, WITHHELD));
      }
    });
    while (true) {
      Range totalRange = totalRange(shownTotal, shown);
      Optional<String> narrowed = shown.keySet().stream()
          .filter(name -> narrowed(totalRange, shown.get(name))).findFirst();
      if (narrowed.isEmpty()) {
        return new Published(shownTotal, shown);
      }
      Map<String, String> figures = shown.get(narrowed.get());
      Optional<String> next = firstShown(figures);
      if (next.isPresent()) {
        figures.put(next.get(), WITHHELD);
      } else if (!shownTotal.equals(WITHHELD)) {
        shownTotal = WITHHELD;
      } else {
        figures.replaceAll((key, figure) -> WITHHELD);
      }
    }
  }

  /**
   * The first figure still shown, in the breakdown's fixed order: chosen by position, never by
   * size, since withholding the smallest would tell the reader it is no larger than the rest.
   */
  private Optional<String> firstShown(Map<String, String> figures) {
    return figures.keySet().stream()
        .filter(key -> !figures.get(key).equals(suppressed())
            && !figures.get(key).equals(WITHHELD))
        .findFirst();
  }

  /** The total's own range, narrowed by what each breakdown's figures add up to. */
  Range totalRange(String total, Map<String, Map<String, String>> breakdowns) {
    Range range = range(total);
    for (Map<String, String> figures : breakdowns.values()) {
      if (allWithheld(figures)) {
        continue;
      }
      long low = 0;
      long high = 0;
      for (String figure : figures.values()) {
        Range each = range(figure);
        low += each.low();
        high = add(high, each.high());
      }
      range = range.intersect(new Range(low, high));
    }
    return range;
  }

  /**
   * Whether the total minus the other figures tells that a "fewer than N" figure is not zero,
   * or pins any hidden figure to one value.
   */
  boolean narrowed(Range total, Map<String, String> figures) {
    if (allWithheld(figures)) {
      return false;
    }
    for (String key : figures.keySet()) {
      String figure = figures.get(key);
      if (!figure.equals(suppressed()) && !figure.equals(WITHHELD)) {
        continue;
      }
      long othersLow = 0;
      long othersHigh = 0;
      for (Map.Entry<String, String> other : figures.entrySet()) {
        if (!other.getKey().equals(key)) {
          Range range = range(other.getValue());
          othersLow += range.low();
          othersHigh = add(othersHigh, range.high());
        }
      }
      long low = othersHigh == Range.UNBOUNDED ? 0 : total.low() - othersHigh;
      long high = total.high() == Range.UNBOUNDED ? Range.UNBOUNDED : total.high() - othersLow;
      Range left = range(figure).intersect(new Range(low, high));
      // a small figure must stay possibly zero, and no figure may be pinned to one value
      if (left.low() > 0 && figure.equals(suppressed()) || left.low() >= left.high()) {
        return true;
      }
    }
    return false;
  }

  /** A breakdown withheld whole says nothing, not even that a figure was large enough. */
  static boolean allWithheld(Map<String, String> figures) {
    return figures.values().stream().allMatch(WITHHELD::equals);
  }

  private static long add(long a, long b) {
    return a == Range.UNBOUNDED || b == Range.UNBOUNDED ? Range.UNBOUNDED : a + b;
  }
}
