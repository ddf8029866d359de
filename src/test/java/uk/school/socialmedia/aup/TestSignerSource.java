package uk.school.socialmedia.aup;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.stereotype.Component;

/**
 * Test-only stand-in for the signer sources other features contribute (channel account
 * managers): a test names who must sign the next version. Empty unless a test fills it.
 */
@Component
class TestSignerSource implements AupSignerSource {

  final Set<String> signers = new CopyOnWriteArraySet<>();

  @Override
  public Set<String> requiredSigners() {
    return Set.copyOf(signers);
  }
}
