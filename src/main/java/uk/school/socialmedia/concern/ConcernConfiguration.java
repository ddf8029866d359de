package uk.school.socialmedia.concern;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.school.socialmedia.identity.ProcessAccess;
import uk.school.socialmedia.identity.SchoolGroup;

@Configuration
class ConcernConfiguration {

  /**
   * Any member of staff reports a concern. Nobody oversees the process as a whole: each record is
   * opened to the groups of its own route by {@link RestrictConcernAccess}.
   */
  @Bean
  ProcessAccess concernEscalationAccess() {
    return new ProcessAccess(ConcernVariables.PROCESS_KEY, Set.of(SchoolGroup.STAFF.id()), Set.of());
  }
}
