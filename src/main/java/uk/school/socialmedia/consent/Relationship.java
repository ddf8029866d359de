package uk.school.socialmedia.consent;

/** Who answered for the learner: only someone with parental responsibility may consent. */
public enum Relationship {
  PARENT, CARER, GUARDIAN
}
