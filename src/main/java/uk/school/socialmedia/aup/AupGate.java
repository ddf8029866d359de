package uk.school.socialmedia.aup;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * The gate other features call before someone takes part in official social media (submitting a
 * post for review, becoming a channel account manager): only staff who hold a signature of the
 * current AUP version pass. For {@code school.aup.grace-period} after a new version, a signature
 * of the version it replaced still counts.
 */
@Component
public class AupGate {

  private final AupVersions versions;
  private final AupSignatureRepository signatures;
  private final AupProperties settings;
  private final Clock clock;

  AupGate(AupVersions versions, AupSignatureRepository signatures, AupProperties settings,
      Clock clock) {
    this.versions = versions;
    this.signatures = signatures;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether the user holds a signature that counts today. */
  public boolean hasCurrentSignature(String userId) {
    Optional<AupVersion> current = versions.current();
    if (userId == null || current.isEmpty()) {
      return false;
    }
    int number = current.get().getVersionNumber();
    if (signatures.existsByUserIdAndVersionNumber(userId, number)) {
      return true;
    }
    boolean inGracePeriod = clock.instant()
        .isBefore(current.get().getPublishedAt().plus(settings.gracePeriod()));
    return number > 1 && inGracePeriod
        && signatures.existsByUserIdAndVersionNumber(userId, number - 1);
  }

  /**
   * Refuses, with a message saying what to sign and where, a user without a current signature.
   *
   * @param forWhat what they were trying to do, e.g. "submit a post for review"
   * @throws RuleViolation when the user holds no signature that counts today
   */
  public void requireCurrentSignature(String userId, String forWhat) {
    if (hasCurrentSignature(userId)) {
      return;
    }
    String version = versions.current().map(v -> "version " + v.getVersionNumber() + " of ")
        .orElse("");
    throw new RuleViolation("Before you can " + forWhat + ", please sign " + version
        + "the social media acceptable use policy (AUP): open Tasklist > Start process > "
        + "Sign the social media AUP.");
  }
}
