package uk.school.socialmedia.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as a given user with their groups, as Tasklist and REST do: the engine then
 * checks that user's authorizations and records them as the actor. Used to seed demo data
 * through the real processes, and by tests.
 */
@Component
public class ActingAs {

  private final IdentityService identity;

  public ActingAs(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T as(String userId, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public void as(String userId, Runnable action) {
    as(userId, () -> {
      action.run();
      return null;
    });
  }
}
