package uk.school.socialmedia.audit.retention;

/**
 * The retention classes of docs/retention.md whose removal time is set per instance; every other
 * class is the process model's {@code historyTimeToLive}.
 */
public enum RetentionClass {
  /** A concern about a learner: kept until the learner's date of birth + 25 years. */
  CHILD_PROTECTION,
  /** An allegation against staff or the Head: normal retirement age or 10 years, the later. */
  ALLEGATION
}
