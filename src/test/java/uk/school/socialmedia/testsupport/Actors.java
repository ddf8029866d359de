package uk.school.socialmedia.testsupport;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Runs Java API calls as a signed-in user with their groups, as Tasklist and REST do: the
 * engine then checks that user's authorizations and records them as the actor.
 */
public final class Actors {

  private final IdentityService identity;

  public Actors(IdentityService identity) {
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
