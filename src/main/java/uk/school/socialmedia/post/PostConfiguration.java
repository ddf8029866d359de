package uk.school.socialmedia.post;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.school.socialmedia.identity.ProcessAccess;
import uk.school.socialmedia.identity.SchoolGroup;

@Configuration
class PostConfiguration {

  static final String PROCESS_KEY = "post-review";

  /** Any member of staff may write a post; senior leaders and the Business Manager oversee. */
  @Bean
  ProcessAccess postReviewAccess() {
    return new ProcessAccess(PROCESS_KEY, Set.of(SchoolGroup.STAFF.id()),
        Set.of(SchoolGroup.SLT.id(), SchoolGroup.HEAD.id(), SchoolGroup.BUSINESS_MANAGER.id()));
  }
}
