package uk.school.socialmedia.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.school.socialmedia.aup.AupSignerSource;
import uk.school.socialmedia.identity.ProcessAccess;
import uk.school.socialmedia.identity.SchoolGroup;

@Configuration
class PostConfiguration {

  static final String PROCESS_KEY = "post-review";

  /** Who has posted officially in the last year must sign each new version of the AUP. */
  @Bean
  AupSignerSource recentAuthors(PostRepository posts, Clock clock) {
    return () -> {
      Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
      return posts.findByStatusOrderByPublishedAtDesc(PostStatus.PUBLISHED).stream()
          .filter(post -> post.getPublishedAt() != null && post.getPublishedAt().isAfter(yearAgo))
          .map(Post::getAuthor)
          .collect(Collectors.toCollection(TreeSet::new));
    };
  }

  /** Any member of staff may write a post; senior leaders and the Business Manager oversee. */
  @Bean
  ProcessAccess postReviewAccess() {
    return new ProcessAccess(PROCESS_KEY, Set.of(SchoolGroup.STAFF.id()),
        Set.of(SchoolGroup.SLT.id(), SchoolGroup.HEAD.id(), SchoolGroup.BUSINESS_MANAGER.id()));
  }
}
