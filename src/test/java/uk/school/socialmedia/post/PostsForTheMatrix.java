package uk.school.socialmedia.post;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.aup.SignedStaff;
import uk.school.socialmedia.testsupport.Actors;

/** A post in review for the authorization matrix (identity.AuthorizationMatrixTest). */
public final class PostsForTheMatrix {

  private PostsForTheMatrix() {}

  /** A post drafted by the author for a channel of the account manager, waiting for review. */
  public static ProcessInstance awaitingReview(ApplicationContext context, String author,
      String accountManager) {
    new SignedStaff(context).ensureSigned(author);
    PostFixtures posts = new PostFixtures(context,
        new Actors(context.getBean(IdentityService.class)));
    PostFixtures.moveClockTo(PostFixtures.NOW);
    try {
      long channel = posts.channel("ACTIVE", accountManager);
      ProcessInstance post = posts.start(author);
      posts.complete(author, post, "Task_WriteDraft",
          PostFixtures.draft(channel, "Our Year 4 trip to the farm.", List.of(), false));
      return post;
    } finally {
      ClockUtil.reset();
    }
  }
}
