package uk.school.socialmedia.testsupport;

import org.camunda.bpm.engine.IdentityService;
import uk.school.socialmedia.identity.ActingAs;

/** Tests act as a signed-in user exactly as the product's own code does ({@link ActingAs}). */
public final class Actors {

  private final ActingAs actingAs;

  public Actors(IdentityService identity) {
    this.actingAs = new ActingAs(identity);
  }

  public <T> T as(String userId, java.util.function.Supplier<T> action) {
    return actingAs.as(userId, action);
  }

  public void as(String userId, Runnable action) {
    actingAs.as(userId, action);
  }
}
