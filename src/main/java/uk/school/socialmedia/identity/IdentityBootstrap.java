package uk.school.socialmedia.identity;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import uk.school.socialmedia.platform.SchoolProperties;
import org.springframework.stereotype.Component;

/**
 * Brings identity and permissions to the state docs/security.md describes, at every start:
 * groups, then grants, then the technical administrator, then (demo mode only) demo users and
 * each feature's demo data.
 */
@Component
class IdentityBootstrap {

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final GroupSetup groups;
  private final AuthorizationSetup authorizations;
  private final TechnicalAdministrator administrator;
  private final DemoUsers demoUsers;
  private final List<DemoData> demoData;
  private final SchoolProperties school;

  IdentityBootstrap(GroupSetup groups, AuthorizationSetup authorizations,
      TechnicalAdministrator administrator, DemoUsers demoUsers, List<DemoData> demoData,
      SchoolProperties school) {
    this.groups = groups;
    this.authorizations = authorizations;
    this.administrator = administrator;
    this.demoUsers = demoUsers;
    this.demoData = demoData;
    this.school = school;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    groups.apply();
    authorizations.apply();
    administrator.apply();
    if (school.demo().enabled()) {
      demoUsers.apply();
      demoData.forEach(DemoData::seed);
      log.info("Demo mode: demo users and sample records are in place (password = user id)");
    }
  }
}
