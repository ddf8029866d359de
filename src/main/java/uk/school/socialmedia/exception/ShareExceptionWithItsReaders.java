package uk.school.socialmedia.exception;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/**
 * Lets exactly the right people read one request and its history (docs/security.md): the
 * requester (their own request) and the Head, or, for the Head's own request, the chair of
 * governors instead of the Head. The DSL and deputy oversee every request by definition
 * (ExceptionAccess). Read only: nobody may change a recorded request.
 */
@Component("shareExceptionWithItsReaders")
class ShareExceptionWithItsReaders implements ExecutionListener {

  private final AuthorizationService authorizations;

  ShareExceptionWithItsReaders(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    String requester = (String) execution.getVariable(RejectSelfApproval.INITIATOR);
    boolean byHead =
        Boolean.TRUE.equals(execution.getVariable(ExceptionVariables.REQUESTED_BY_HEAD));
    String leader = byHead ? SchoolGroup.CHAIR_OF_GOVERNORS.id() : SchoolGroup.HEAD.id();
    if (requester != null) {
      grantRead(requester, null, instance);
    }
    grantRead(null, leader, instance);
  }

  private void grantRead(String userId, String groupId, String instance) {
    save(userId, groupId, Resources.PROCESS_INSTANCE, instance, ProcessInstancePermissions.READ);
    save(userId, groupId, Resources.HISTORIC_PROCESS_INSTANCE, instance,
        HistoricProcessInstancePermissions.READ);
  }

  private void save(String userId, String groupId, Resource resource, String instance,
      Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(instance);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }
}
