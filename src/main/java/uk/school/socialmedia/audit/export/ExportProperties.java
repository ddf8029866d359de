package uk.school.socialmedia.audit.export;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

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
@Validated
@ConfigurationProperties("school.audit")
public record ExportProperties(
    @NotNull @Min(2) Integer smallCountThreshold,
    @NotNull @Min(1) Integer roundingBase,
    @NotNull List<@Valid @NotNull Term> terms,
    @NotNull @Valid Export export) {

  private static final Comparator<Term> EARLIEST_FIRST = Comparator.nullsFirst(
      Comparator.comparing(Term::first, Comparator.nullsFirst(Comparator.naturalOrder())));

  public ExportProperties {
    terms = terms == null ? null : terms.stream().sorted(EARLIEST_FIRST).toList();
  }

  @AssertTrue(message = "the rounding base must be at most the small-count threshold")
  boolean isRoundingBaseWithinThreshold() {
    return smallCountThreshold == null || roundingBase == null
        || roundingBase <= smallCountThreshold;
  }

  @AssertTrue(message = "each term must begin after the term before it ends")
  boolean isTermsApart() {
    for (int i = 1; terms != null && i < terms.size(); i++) {
      Term earlier = terms.get(i - 1);
      Term later = terms.get(i);
      if (earlier != null && later != null && earlier.last() != null && later.first() != null
          && !later.first().isAfter(earlier.last())) {
        return false;
      }
    }
    return true;
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
  public record Term(@NotBlank String name, @NotNull LocalDate first, @NotNull LocalDate last) {

    @AssertTrue(message = "a term's last day must not be before its first day")
    boolean isInOrder() {
      return first == null || last == null || !last.isBefore(first);
    }
  }

  public record Export(@Min(1) int pageSize, @Min(1) int concurrent, @Min(0) int queued) {}
}
