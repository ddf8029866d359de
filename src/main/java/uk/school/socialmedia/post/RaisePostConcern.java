package uk.school.socialmedia.post;

import static uk.school.socialmedia.post.PostVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.concern.ConcernReport;
import uk.school.socialmedia.concern.ConcernReporting;

/**
 * The reviewer saw something worrying: a safeguarding concern is raised in their name, with the
 * post's reference, and the post stops. Only the concern's reference is kept here.
 */
@Component("raisePostConcern")
class RaisePostConcern implements JavaDelegate {

  private final ConcernReporting concerns;
  private final Clock clock;

  RaisePostConcern(ConcernReporting concerns, Clock clock) {
    this.concerns = concerns;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = concerns.report(new ConcernReport(
        ConcernReport.Source.POST_REVIEW,
        execution.getProcessInstanceId(),
        (String) execution.getVariable(REVIEWED_BY),
        ConcernReport.Kind.CONCERN,
        ConcernReport.Subject.valueOf((String) execution.getVariable(CONCERN_ABOUT)),
        (String) execution.getVariable(REVIEW_RATIONALE),
        LocalDate.now(clock),
        "Draft post for " + execution.getVariable(CHANNEL_NAME),
        ConcernReport.AccountType.OFFICIAL,
        (Boolean) execution.getVariable(IMMEDIATE_RISK),
        "The post was stopped in review and not published."));
    execution.setVariable(CONCERN_REFERENCE, reference);
  }
}
