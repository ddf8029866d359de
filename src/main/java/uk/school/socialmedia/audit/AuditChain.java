package uk.school.socialmedia.audit;

/**
 * The tamper-evident record of every history event and register change (issue 9, point 3).
 * Implemented in {@code audit.ledger}; exports and the governors' page depend only on this.
 */
public interface AuditChain {

  /** Seals everything recorded so far into the chain and returns the new head. */
  ChainHead seal();

  /** The head as sealed now, without sealing. */
  ChainHead head();

  /** Recomputes the chain from the database and compares it with the records it seals. */
  VerificationReport verify();

  /** Whether today's chain still holds {@code earlier} at its sequence (a later export extends it). */
  VerificationReport verifyExtends(ChainHead earlier);
}
