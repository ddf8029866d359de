package uk.school.socialmedia.aup;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.school.socialmedia.identity.ProcessAccess;
import uk.school.socialmedia.identity.SchoolGroup;

@Configuration
class AupConfiguration {

  /** Any member of staff signs for themselves; leaders see who has signed (docs/security.md). */
  @Bean
  ProcessAccess aupSigningAccess() {
    return new ProcessAccess(AupSigningRequests.PROCESS_KEY,
        Set.of(SchoolGroup.STAFF.id()),
        Set.of(SchoolGroup.SLT.id(), SchoolGroup.HEAD.id(), SchoolGroup.BUSINESS_MANAGER.id()));
  }
}
