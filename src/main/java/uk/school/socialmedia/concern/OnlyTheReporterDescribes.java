package uk.school.socialmedia.concern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.CurrentUser;
import uk.school.socialmedia.platform.process.Initiators;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * "Describe the concern" is the reporter's own account: it stays assigned to the colleague who
 * raised the concern (as the engine recorded them: the start user) and only they complete it, not
 * a handler, not an administrator. Attach it for the events assignment and complete.
 * Once described, the reporter keeps no access, as for any report (a task's assignee gets no
 * history grant: {@code identity.TaskGrantsWithoutHistory}).
 */
@Component("onlyTheReporterDescribes")
class OnlyTheReporterDescribes implements TaskListener {

  private final Initiators initiators;
  private final CurrentUser currentUser;

  OnlyTheReporterDescribes(Initiators initiators, CurrentUser currentUser) {
    this.initiators = initiators;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    String reporter = initiators.of(task.getExecution());
    boolean completing = EVENTNAME_COMPLETE.equals(task.getEventName());
    String actor = completing ? currentUser.completing(task) : task.getAssignee();
    if (reporter == null || !reporter.equals(actor)) {
      throw new RuleViolation("Only the colleague who raised this concern can describe it: it is"
          + " their own account of what they saw.");
    }
  }
}
