package uk.school.socialmedia.post;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.consent.PostsInReview;

/**
 * A withdrawal of consent sends every post not yet published that shows the learner back to its
 * author's draft, with the reason (the diagram's "Consent withdrawn for a learner shown").
 */
@Component
class ReturnPostsToAuthors implements PostsInReview {

  static final String MESSAGE = "post-consent-withdrawn";

  private final PostRegister register;
  private final RuntimeService runtime;

  ReturnPostsToAuthors(PostRegister register, RuntimeService runtime) {
    this.register = register;
    this.runtime = runtime;
  }

  @Override
  public void sendBackShowing(String learnerReference, String reason) {
    for (Post post : register.showing(learnerReference, PostStatus.IN_PROGRESS)) {
      runtime.createMessageCorrelation(MESSAGE)
          .processInstanceId(post.getProcessInstanceId())
          .setVariable(PostVariables.SEND_BACK_REASON, reason)
          .correlateAll();
      register.sendBack(post.getProcessInstanceId());
    }
  }
}
