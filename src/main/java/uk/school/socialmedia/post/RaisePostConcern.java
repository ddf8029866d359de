package uk.school.socialmedia.post;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.concern.ConcernReport;
import uk.school.socialmedia.concern.ConcernReporting;

/**
 * The reviewer saw something worrying. Inside their own completion of the review, a concern is
 * started in their name (the engine records them as its reporter) and "Describe the concern" is
 * given to them: what they write goes only into the concern. The post stops; its register row
 * keeps the concern's reference, never a variable of the post.
 */
@Component("raisePostConcern")
class RaisePostConcern implements JavaDelegate {

  private final ConcernReporting concerns;
  private final PostRegister register;

  RaisePostConcern(ConcernReporting concerns, PostRegister register) {
    this.concerns = concerns;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String post = execution.getProcessInstanceId();
    String reference = concerns.raiseToDescribe(ConcernReport.Source.POST_REVIEW, post);
    register.stopForConcern(post, reference);
  }
}
