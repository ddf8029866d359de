package uk.school.socialmedia.exception;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.AuthorizationSetup;
import uk.school.socialmedia.identity.SchoolGroup;

/**
 * The chair of governors is not staff, yet decides the Head's own requests: Tasklist and the
 * engine need READ on the process definition to show and complete that task. This grants no
 * instance or history: the chair reads only the Head's requests (ShareExceptionWithItsReaders).
 */
@Component
class ChairOfGovernorsAccess {

  private final AuthorizationSetup authorizations;

  ChairOfGovernorsAccess(AuthorizationSetup authorizations) {
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationReadyEvent.class)
  void grantReadOfTheProcessModel() {
    authorizations.grant(SchoolGroup.CHAIR_OF_GOVERNORS.id(), Resources.PROCESS_DEFINITION,
        ExceptionAccess.PROCESS_KEY, ProcessDefinitionPermissions.READ);
  }
}
