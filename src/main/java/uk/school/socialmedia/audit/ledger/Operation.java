package uk.school.socialmedia.audit.ledger;

/** What happened to a record, as the journal notes it. */
enum Operation {
  INSERT, UPDATE, DELETE,
  /** Removed by Camunda's history clean-up because its retention ended: not tampering. */
  CLEANUP;

  boolean gone() {
    return this == DELETE || this == CLEANUP;
  }
}
