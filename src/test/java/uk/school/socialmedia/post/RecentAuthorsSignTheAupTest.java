package uk.school.socialmedia.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.aup.AupSignerSource;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** Issue 4: whoever has posted officially in the last year signs each new version of the AUP. */
@SchoolSpringTest
class RecentAuthorsSignTheAupTest {

  @Autowired ApplicationContext context;
  @Autowired IdentityService identity;
  @Autowired PostRepository posts;
  @Autowired @Qualifier("recentAuthors") AupSignerSource recentAuthors;

  @Test
  void authorsOfPostsPublishedInTheLastYearMustSignAndEarlierOnesNeedNot() {
    long channel = new PostFixtures(context, new Actors(identity)).channel("ACTIVE", "brian");
    String recent = "recent-" + UUID.randomUUID().toString().substring(0, 8);
    String earlier = "earlier-" + UUID.randomUUID().toString().substring(0, 8);
    published(recent, channel, Instant.now().minus(Duration.ofDays(30)));
    published(earlier, channel, Instant.now().minus(Duration.ofDays(400)));

    assertThat(recentAuthors.requiredSigners()).contains(recent).doesNotContain(earlier);
  }

  private void published(String author, long channel, Instant at) {
    Post post = new Post(UUID.randomUUID().toString(), author);
    post.draft(channel, "Bench", "A post.", List.of(), false, at.minus(Duration.ofDays(1)), at);
    post.approve("brian", "sha", at);
    post.publish("brian", "https://example.org/p/" + author, at);
    posts.save(post);
  }
}
