package uk.school.socialmedia.consent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Posts still in review that show the learner go back to their authors (every source is told). */
@Component("sendBackPostsInReview")
class SendBackPostsInReview implements JavaDelegate {

  private final ObjectProvider<PostsInReview> postsInReview;

  SendBackPostsInReview(ObjectProvider<PostsInReview> postsInReview) {
    this.postsInReview = postsInReview;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(ConsentVariables.LEARNER);
    String reason = "Parental consent for learner " + reference
        + " was withdrawn (" + execution.getVariable(ConsentVariables.WITHDRAWN_PURPOSES)
        + "): remove them from the post or choose another image.";
    postsInReview.orderedStream().forEach(posts -> posts.sendBackShowing(reference, reason));
  }
}
