package uk.school.socialmedia.audit.ledger;

import java.time.LocalDateTime;
import uk.school.socialmedia.platform.Sha256;

/**
 * One sealed journal entry. Its chain hash is SHA-256 of the previous chain hash and the entry's
 * canonical text; the sealer and the verifier both compute it here.
 */
record ChainLink(long sequence, String source, String recordId, String operation,
    String contentHash, LocalDateTime recordedAt) {

  /** The chain hash before the first entry. */
  static final String GENESIS = "0".repeat(64);

  String chainHash(String previous) {
    return Sha256.of(String.join("\n", previous, Long.toString(sequence), source,
        recordId, operation, contentHash == null ? "-" : contentHash, recordedAt.toString()));
  }
}
