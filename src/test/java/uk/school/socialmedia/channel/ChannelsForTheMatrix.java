package uk.school.socialmedia.channel;

import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.testsupport.Actors;

/** A channel proposal for the authorization matrix (identity.AuthorizationMatrixTest). */
public final class ChannelsForTheMatrix {

  private ChannelsForTheMatrix() {}

  /**
   * A channel proposed by the user, risks assessed, waiting for the Business Manager's approval
   * (in its assessment round, which shares the lifecycle's business key).
   */
  public static ProcessInstance awaitingApproval(ApplicationContext context, String proposer) {
    ChannelFixtures channels = new ChannelFixtures(
        new Actors(context.getBean(IdentityService.class)), context.getBean(FormService.class),
        context.getBean(TaskService.class), context.getBean(RepositoryService.class));
    ProcessInstance lifecycle = channels.propose(proposer,
        ChannelFixtures.proposal("Matrix channel " + UUID.randomUUID().toString().substring(0, 6),
            proposer, false));
    channels.complete(proposer, lifecycle, "Task_AssessRisks", ChannelFixtures.risks("LOW", "LOW"));
    return lifecycle;
  }
}
