package uk.school.socialmedia.platform.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes: whoever started a process (as Camunda recorded it, see {@link Initiators}) can
 * never be offered, be given, or complete a task that carries this
 * listener, whatever their role and however the task reached them (claim, assignment,
 * delegation, Tasklist or REST). Attach it to the task for the events create, assignment and
 * complete.
 */
@Component("rejectSelfApproval")
public class RejectSelfApproval implements TaskListener {

  /** The variable every process names in {@code camunda:initiator}. */
  public static final String INITIATOR = "initiator";

  private final CurrentUser currentUser;
  private final Initiators initiators;

  RejectSelfApproval(CurrentUser currentUser, Initiators initiators) {
    this.currentUser = currentUser;
    this.initiators = initiators;
  }

  @Override
  public void notify(DelegateTask task) {
    String initiator = initiators.of(task.getExecution());
    if (initiator == null) {
      return;
    }
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        // not even offered: a candidate-user link to the initiator is removed
        task.getCandidates().stream()
            .filter(link -> initiator.equals(link.getUserId()))
            .forEach(link -> task.deleteCandidateUser(initiator));
        if (initiator.equals(task.getAssignee())) {
          task.setAssignee(null);
        }
      }
      case EVENTNAME_ASSIGNMENT -> {
        if (initiator.equals(task.getAssignee())) {
          throw refusal(task);
        }
      }
      case EVENTNAME_COMPLETE -> {
        if (initiator.equals(task.getAssignee())
            || currentUser.id().filter(initiator::equals).isPresent()) {
          throw refusal(task);
        }
      }
      default -> { }
    }
  }

  private static RuleViolation refusal(DelegateTask task) {
    return new RuleViolation("'" + task.getName() + "' must be done by a colleague: the person "
        + "who started this request cannot agree to it themselves.");
  }
}
