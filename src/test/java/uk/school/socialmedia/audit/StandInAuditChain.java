package uk.school.socialmedia.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * TEST-ONLY stand-in for the audit chain while {@code audit.ledger} is built on its own branch
 * (feature/audit-ledger): each seal extends a SHA-256 chain by one link. Delete it when the
 * ledger is merged.
 */
@Component
class StandInAuditChain implements AuditChain {

  private final Clock clock;
  private ChainHead head;

  StandInAuditChain(Clock clock) {
    this.clock = clock;
    this.head = new ChainHead(0, sha256("genesis"), clock.instant());
  }

  @Override
  public synchronized ChainHead seal() {
    head = new ChainHead(head.sequence() + 1, sha256(head.hash() + (head.sequence() + 1)),
        clock.instant());
    return head;
  }

  @Override
  public synchronized ChainHead head() {
    return head;
  }

  @Override
  public VerificationReport verify() {
    return new VerificationReport(clock.instant(), head(), head().sequence(), List.of());
  }

  @Override
  public VerificationReport verifyExtends(ChainHead earlier) {
    return new VerificationReport(clock.instant(), head(), head().sequence(), List.of());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
