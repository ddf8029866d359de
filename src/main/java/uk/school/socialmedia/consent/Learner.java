package uk.school.socialmedia.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A learner on roll, as loaded from the school's information system. The only place the
 * learner's name is kept: everything else refers to the school reference (data minimisation;
 * names never reach governors' exports).
 */
@Entity
@Table(name = "learner")
public class Learner {

  @Id
  private String reference;

  @Column(nullable = false)
  private String displayName;

  private int yearGroup;

  @Column(nullable = false)
  private LocalDate dateOfBirth;

  @Column(nullable = false)
  private Instant importedAt;

  protected Learner() {}

  Learner(String reference, String displayName, int yearGroup, LocalDate dateOfBirth,
      Instant importedAt) {
    this.reference = reference;
    update(displayName, yearGroup, dateOfBirth, importedAt);
  }

  /** Takes the values from the school's information system; true when any of them changed. */
  boolean update(String displayName, int yearGroup, LocalDate dateOfBirth, Instant importedAt) {
    boolean changed = !displayName.equals(this.displayName) || yearGroup != this.yearGroup
        || !dateOfBirth.equals(this.dateOfBirth);
    this.displayName = displayName;
    this.yearGroup = yearGroup;
    this.dateOfBirth = dateOfBirth;
    this.importedAt = importedAt;
    return changed;
  }

  public String getReference() { return reference; }
  public String getDisplayName() { return displayName; }
  public int getYearGroup() { return yearGroup; }
  public LocalDate getDateOfBirth() { return dateOfBirth; }
  public Instant getImportedAt() { return importedAt; }
}
