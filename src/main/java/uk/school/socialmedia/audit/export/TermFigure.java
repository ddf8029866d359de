package uk.school.socialmedia.audit.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.school.socialmedia.audit.export.ExportProperties.Term;

/** One published safeguarding figure of a closed term, frozen when the term closed. */
@Entity
@Table(name = "concern_term_figure")
class TermFigure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String term;

  @Column(nullable = false)
  private LocalDate termFirst;

  @Column(nullable = false)
  private LocalDate termLast;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String measure;

  @Column(name = "row_value", nullable = false)
  private String value;

  @Column(nullable = false)
  private String figure;

  @Column(nullable = false)
  private Instant frozenAt;

  protected TermFigure() {}

  TermFigure(Term term, int position, String measure, String value, String figure,
      Instant frozenAt) {
    this.term = term.name();
    this.termFirst = term.first();
    this.termLast = term.last();
    this.position = position;
    this.measure = measure;
    this.value = value;
    this.figure = figure;
    this.frozenAt = frozenAt;
  }

  String getTerm() {
    return term;
  }

  String getMeasure() {
    return measure;
  }

  String getValue() {
    return value;
  }

  String getFigure() {
    return figure;
  }
}
