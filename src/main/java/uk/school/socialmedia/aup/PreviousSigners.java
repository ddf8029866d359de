package uk.school.socialmedia.aup;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Whoever signed the version being replaced signs the new one: they take part in official
 * social media, and their old signature stops counting after the grace period.
 */
@Component
class PreviousSigners implements AupSignerSource {

  private final AupVersionRepository versions;
  private final AupSignatureRepository signatures;

  PreviousSigners(AupVersionRepository versions, AupSignatureRepository signatures) {
    this.versions = versions;
    this.signatures = signatures;
  }

  @Override
  public Set<String> requiredSigners() {
    return versions.findTopByOrderByVersionNumberDesc()
        .map(current -> signatures.findByVersionNumberOrderBySignedAtAsc(current.getVersionNumber())
            .stream().map(AupSignature::getUserId).collect(Collectors.toSet()))
        .orElse(Set.of());
  }
}
