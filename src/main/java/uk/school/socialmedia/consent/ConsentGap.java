package uk.school.socialmedia.consent;

/** Why a learner may not be shown for a purpose at the moment of the check. */
public enum ConsentGap {
  /** parents have never given any consent (no response, or no to everything) */
  NO_CONSENT,
  /** consent for the purpose was given but its validity (the academic year) has ended */
  EXPIRED,
  /** consent for the purpose was withdrawn and not given again since */
  WITHDRAWN,
  /** parents gave consent for other purposes, not this one */
  PURPOSE_NOT_COVERED,
  /** no learner with this school reference is on the register */
  UNKNOWN_LEARNER
}
