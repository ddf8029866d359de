package uk.school.socialmedia.exception;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.school.socialmedia.identity.ProcessAccess;
import uk.school.socialmedia.identity.SchoolGroup;

/**
 * Any member of staff may ask for an exception. The DSL and deputy oversee every request. The
 * Head is deliberately not an overseer of the whole process: the Head reads each request by a
 * member of staff through a per-instance grant (ShareExceptionWithItsReaders), and the Head's
 * own requests are read and decided by the chair of governors instead.
 */
@Configuration
class ExceptionAccess {

  static final String PROCESS_KEY = "account-exception";

  @Bean
  ProcessAccess accountExceptionAccess() {
    return new ProcessAccess(PROCESS_KEY, Set.of(SchoolGroup.STAFF.id()),
        Set.of(SchoolGroup.DSL.id(), SchoolGroup.DDSL.id()));
  }
}
