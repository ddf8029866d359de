package uk.school.socialmedia.concern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.concern.ConcernReport.Kind;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.notification.OutboxRepository;

/** Concerns for the authorization matrix (identity.AuthorizationMatrixTest). */
public final class ConcernsForTheMatrix {

  private ConcernsForTheMatrix() {}

  /** A concern reported by the user, waiting to be acknowledged. */
  public static ProcessInstance awaitingAcknowledgement(ApplicationContext context,
      String reporter, boolean aboutTheHead) {
    Concerns concerns = new Concerns(context.getBean(ProcessEngine.class),
        context.getBean(ConcernReporting.class), context.getBean(OutboxRepository.class));
    return concerns.report(reporter, aboutTheHead ? Subject.HEAD : Subject.LEARNER, Kind.CONCERN,
        false);
  }
}
