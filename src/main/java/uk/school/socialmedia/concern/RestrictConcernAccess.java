package uk.school.socialmedia.concern;

import static uk.school.socialmedia.concern.ConcernVariables.*;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.AuthorizationSetup;

/**
 * A concern is a safeguarding record: nobody holds a grant on the whole process, so each record
 * is opened to the groups of its own route only (case managers, counterparts, senior lead, those
 * told), for the running instance and its history. Everyone else, the reporter included, sees
 * nothing; a concern about the Head is never opened to the Head.
 */
@Component("restrictConcernAccess")
class RestrictConcernAccess implements JavaDelegate {

  private final AuthorizationSetup authorizations;

  RestrictConcernAccess(AuthorizationSetup authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> readers = new LinkedHashSet<>();
    for (String variable : new String[] {HANDLERS, CASE_MANAGERS, COUNTERPARTS, ESCALATE_TO,
        INFORMED}) {
      readers.addAll(Groups.parse(execution.getVariable(variable)));
    }
    String instance = execution.getProcessInstanceId();
    for (String group : readers) {
      // the model only (not its instances): needed to work on a task, e.g. by the chair
      authorizations.grant(group, Resources.PROCESS_DEFINITION, PROCESS_KEY,
          ProcessDefinitionPermissions.READ);
      authorizations.grant(group, Resources.PROCESS_INSTANCE, instance, Permissions.READ);
      authorizations.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, instance,
          HistoricProcessInstancePermissions.READ);
    }
    execution.setVariable(READERS, Groups.join(readers));
  }
}
