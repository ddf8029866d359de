package uk.school.socialmedia.post;

import static uk.school.socialmedia.post.PostVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Each review starts from an empty form: a post reviewed again (after changes) does not show the
 * last reviewer's decision, ticks and reasons as if they were the new reviewer's (the author has
 * them in "sendBackReason" and the review's comment). It also means that a reason present when a
 * review is completed was sent with that review.
 */
@Component("startReviewAfresh")
class StartReviewAfresh implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().removeVariable(REVIEW_DECISION);
    task.getExecution().removeVariable(REVIEW_RATIONALE);
    CHECKLIST.forEach(check -> task.getExecution().removeVariable(check[0]));
  }
}
