package uk.school.socialmedia.exception;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is completing a task: the signed-in user (Tasklist, REST), else the task's assignee. */
@Component
class CurrentUser {

  private final IdentityService identity;

  CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  String completing(DelegateTask task) {
    Authentication current = identity.getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId()
        : task.getAssignee();
  }
}
