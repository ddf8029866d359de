package uk.school.socialmedia.audit.export;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.audit.export.DisclosureRules.Kind;
import uk.school.socialmedia.audit.export.ExportProperties.Term;

/**
 * Safeguarding concerns as governors may see them: per whole school term, counted once when the
 * term has closed ({@link ConcernTally}) and kept as they were published, so that a concern
 * reopened, re-routed or removed later changes no figure and two exports never differ. Terms
 * close at night (and, should that have been missed, when an export first needs them); a term
 * still running shows no figures.
 */
@Component
class ConcernFigures {

  static final String AFTER_THE_TERM = "after the term closes";
  private static final Logger log = LoggerFactory.getLogger(ConcernFigures.class);

  private final TermFigureRepository frozen;
  private final ConcernTally tally;
  private final ExportProperties properties;
  private final Clock clock;

  ConcernFigures(TermFigureRepository frozen, ConcernTally tally, ExportProperties properties,
      Clock clock) {
    this.frozen = frozen;
    this.tally = tally;
    this.properties = properties;
    this.clock = clock;
  }

  /** Freezes the figures of every term that has closed and has none yet. */
  @Scheduled(cron = "${school.audit.freeze-term-figures}", zone = "Europe/London")
  void freezeClosedTerms() {
    properties.terms().forEach(this::figures);
  }

  /** The term's frozen figures, freezing them first if it has just closed; none while it runs. */
  synchronized List<TermFigure> figures(Term term) {
    if (!term.last().isBefore(LocalDate.now(clock))) {
      return List.of();
    }
    List<TermFigure> figures = frozen.findByTermFirstAndTermLastOrderByPosition(term.first(),
        term.last());
    if (!figures.isEmpty()) {
      return figures;
    }
    List<ConcernTally.Row> rows = tally.count(term, clock.getZone());
    Instant now = clock.instant();
    List<TermFigure> freezing = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ConcernTally.Row row = rows.get(i);
      freezing.add(new TermFigure(term, i, row.measure(), row.value(), row.figure(), now));
    }
    log.info("Safeguarding figures of {} frozen", term.name());
    return frozen.saveAll(freezing);
  }

  void write(ExportScope scope, LocalDate from, LocalDate to, RecordWriter out,
      PackFigures pack) {
    out.begin(Kind.CONCERN_FIGURES);
    if (!scope.includes(DisclosureRules.CONCERNS)) {
      return;
    }
    for (Term term : properties.termsOverlapping(from, to)) {
      List<TermFigure> figures = figures(term);
      if (figures.isEmpty()) {
        row(out, pack, term.name(), ConcernTally.TOTAL, ConcernTally.TOTAL, AFTER_THE_TERM);
      }
      figures.forEach(figure -> row(out, pack, figure.getTerm(), figure.getMeasure(),
          figure.getValue(), figure.getFigure()));
    }
  }

  private static void row(RecordWriter out, PackFigures pack, String term, String measure,
      String value, String figure) {
    out.write(Kind.CONCERN_FIGURES, term, measure, value, figure);
    pack.concernFigures.add(List.of(term, measure, value, figure));
  }
}
