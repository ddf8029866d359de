package uk.school.socialmedia.consent;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.school.socialmedia.identity.ProcessAccess;
import uk.school.socialmedia.identity.SchoolGroup;

/** Only the office records consent; the office, the Head and the DSL oversee it in Cockpit. */
@Configuration(proxyBeanMethods = false)
class ConsentAccess {

  private static final Set<String> OVERSEERS =
      Set.of(SchoolGroup.OFFICE.id(), SchoolGroup.HEAD.id(), SchoolGroup.DSL.id());

  @Bean
  ProcessAccess parentalConsentAccess() {
    return new ProcessAccess(ConsentRequests.PROCESS_KEY, Set.of(SchoolGroup.OFFICE.id()),
        OVERSEERS);
  }

  @Bean
  ProcessAccess consentWithdrawalAccess() {
    return new ProcessAccess("consent-withdrawal", Set.of(SchoolGroup.OFFICE.id()), OVERSEERS);
  }
}
