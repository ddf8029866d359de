package uk.school.socialmedia.concern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.RefuseChangesTo;

/**
 * A handler reads the report but never rewrites it: every step of a concern refuses a change to
 * what the reporter wrote or to how the concern was routed ({@link ConcernVariables#AS_REPORTED}).
 * The first complete listener of every user task of {@code concern-escalation}.
 */
@Component("reportStaysAsReported")
class ReportStaysAsReported implements TaskListener {

  private final RefuseChangesTo refuseChangesTo;

  ReportStaysAsReported(RefuseChangesTo refuseChangesTo) {
    this.refuseChangesTo = refuseChangesTo;
  }

  @Override
  public void notify(DelegateTask task) {
    refuseChangesTo.fields(task, ConcernVariables.AS_REPORTED);
  }
}
