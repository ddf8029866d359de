package uk.school.socialmedia.consent;

import java.util.Set;

/**
 * Learners whose register record (name, year group or date of birth) an import changed;
 * published in the import's transaction.
 */
public record LearnerRecordsChanged(Set<String> references) {

  public LearnerRecordsChanged {
    references = Set.copyOf(references);
  }
}
