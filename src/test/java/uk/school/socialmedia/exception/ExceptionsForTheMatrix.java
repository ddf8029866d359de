package uk.school.socialmedia.exception;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.testsupport.Actors;

/** An account-exception request for the authorization matrix (identity.AuthorizationMatrixTest). */
public final class ExceptionsForTheMatrix {

  private ExceptionsForTheMatrix() {}

  /** The requester's own request, waiting for the DSL's (or deputy's) discussion. */
  public static ProcessInstance awaitingDiscussion(ApplicationContext context, String requester) {
    return new ExceptionJourney(context.getBean(RuntimeService.class),
        context.getBean(TaskService.class), context.getBean(ManagementService.class),
        new Actors(context.getBean(IdentityService.class))).start(requester);
  }
}
