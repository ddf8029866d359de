package uk.school.socialmedia.concern;

/** The decision recorded at triage, always with its reasons (KCSIE record keeping). */
public enum TriageDecision {
  /** Referred to children's social care; the referral and its outcome are recorded. */
  CHILD_PROTECTION_REFERRAL,
  ANTI_BULLYING,
  BEHAVIOUR,
  ALLEGATION_AGAINST_STAFF,
  LOW_LEVEL_CONCERN,
  ONLINE_SAFETY_EDUCATION,
  NO_FURTHER_ACTION
}
