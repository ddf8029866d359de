package uk.school.socialmedia.consent;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until post review provides {@link PublishedImages} and {@link PostsInReview} (as components of
 * its own package), nothing is published and nothing is in review. Its beans replace these; the
 * withdrawal asks every bean of each type, so a test stand-in can sit beside the real one.
 */
@Configuration(proxyBeanMethods = false)
class PostReviewDefaults {

  @Bean
  @ConditionalOnMissingBean
  PublishedImages noPublishedImages() {
    return learnerReference -> List.of();
  }

  @Bean
  @ConditionalOnMissingBean
  PostsInReview noPostsInReview() {
    return (learnerReference, reason) -> { };
  }
}
