package uk.school.socialmedia.exception;

import java.util.Arrays;
import java.util.List;

/** Whom an exception concerns, by role only (with a school reference, never a name). */
public enum ConcernedPerson {
  CURRENT_LEARNER,
  PARENT_OR_CARER,
  /** Answered at once: contact with former learners uses official school tools (policy 1.2). */
  FORMER_LEARNER;

  static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
