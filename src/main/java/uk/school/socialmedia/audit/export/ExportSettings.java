package uk.school.socialmedia.audit.export;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Governors' audit exports ({@code school.audit.*}).
 *
 * @param smallCountThreshold safeguarding and consent counts below this read "fewer than N"
 * @param roundingBase the other counts are rounded to a multiple of this (5, as UK official
 *     statistics do), so that no total minus the other figures gives a small count back
 * @param terms the school terms: safeguarding figures are counted per whole term, once it has
 *     closed, and then never change
 * @param export how exports run: records read per query page, exports run at once, exports waiting
 */
@ConfigurationProperties("school.audit")
public record ExportSettings(Integer smallCountThreshold, Integer roundingBase, List<Term> terms,
    Export export) {

  public ExportSettings {
    Objects.requireNonNull(smallCountThreshold, "school.audit.small-count-threshold");
    Objects.requireNonNull(roundingBase, "school.audit.rounding-base");
    Objects.requireNonNull(terms, "school.audit.terms");
    Objects.requireNonNull(export, "school.audit.export");
    if (smallCountThreshold < 2) {
      throw new IllegalArgumentException("school.audit.small-count-threshold must be at least 2");
    }
    if (roundingBase < 1 || roundingBase > smallCountThreshold) {
      throw new IllegalArgumentException(
          "school.audit.rounding-base must be at least 1 and at most the small-count threshold");
    }
    terms = terms.stream().sorted(Comparator.comparing(Term::first)).toList();
    for (int i = 1; i < terms.size(); i++) {
      if (!terms.get(i).first().isAfter(terms.get(i - 1).last())) {
        throw new IllegalArgumentException("school.audit.terms: " + terms.get(i).name()
            + " begins before " + terms.get(i - 1).name() + " ends");
      }
    }
  }

  /** The terms that share at least one day with the period, earliest first. */
  public List<Term> termsOverlapping(LocalDate from, LocalDate to) {
    return terms.stream().filter(t -> !t.first().isAfter(to) && !t.last().isBefore(from))
        .toList();
  }

  public Optional<Term> term(String name) {
    return terms.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** One school term, both days included, e.g. Autumn 2026 from 1 September to 31 December. */
  public record Term(String name, LocalDate first, LocalDate last) {

    public Term {
      if (name == null || name.isBlank() || first == null || last == null
          || last.isBefore(first)) {
        throw new IllegalArgumentException(
            "school.audit.terms: each term needs a name, a first day and a last day after it");
      }
    }
  }

  public record Export(int pageSize, int concurrent, int queued) {

    public Export {
      if (pageSize < 1 || concurrent < 1 || queued < 0) {
        throw new IllegalArgumentException(
            "school.audit.export: page-size and concurrent must be at least 1, queued not negative");
      }
    }
  }
}
