package uk.school.socialmedia.audit.ledger;

import java.util.Optional;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.VerificationReport;

/** The audit chain of the running application: seals what is pending, then verifies. */
class Ledger implements AuditChain {

  private final Sealer sealer;
  private final LedgerVerifier verifier;

  Ledger(Sealer sealer, LedgerVerifier verifier) {
    this.sealer = sealer;
    this.verifier = verifier;
  }

  @Override
  public ChainHead seal() {
    return sealer.seal();
  }

  @Override
  public ChainHead head() {
    return sealer.head();
  }

  @Override
  public VerificationReport verify() {
    sealer.seal();
    return verifier.verify(Optional.empty());
  }

  @Override
  public VerificationReport verifyExtends(ChainHead earlier) {
    sealer.seal();
    return verifier.verify(Optional.of(earlier));
  }
}
