package uk.school.socialmedia.platform.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs one engine call with the engine's own rights, after the product has checked the user's
 * role itself. Used where a role may do one narrow thing (e.g. ask for a channel's retirement)
 * that a Camunda grant could only allow wholesale (UPDATE on every instance, through REST too).
 * The caller records who asked; the engine records the call as its own.
 */
@Component
public class ActingForUser {

  private final IdentityService identity;

  ActingForUser(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T run(Supplier<T> engineCall) {
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return engineCall.get();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
