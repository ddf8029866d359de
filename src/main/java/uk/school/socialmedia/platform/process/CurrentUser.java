package uk.school.socialmedia.platform.process;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is acting in the current engine call: the user signed in to Tasklist or the REST API, or
 * nobody when the engine itself acts (a timer, the job executor).
 */
@Component
public class CurrentUser {

  /** Recorded as the actor of what the engine does on its own (timers, escalations). */
  public static final String SYSTEM = "system";

  private final IdentityService identity;

  CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  public Optional<String> id() {
    Authentication current = identity.getCurrentAuthentication();
    return Optional.ofNullable(current == null ? null : current.getUserId());
  }

  /** Who is completing a task: the signed-in user (Tasklist, REST), else the task's assignee. */
  public String completing(DelegateTask task) {
    return id().orElse(task.getAssignee());
  }

  /** The signed-in user, or {@link #SYSTEM}. */
  public String idOrSystem() {
    return id().orElse(SYSTEM);
  }
}
