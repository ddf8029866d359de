package uk.school.socialmedia.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.security.AdminGroupSeal;

/**
 * Technical administration without an all-powerful account. Members of the engine's admin group
 * ({@code camunda-admin}) bypass every authorization check, so nobody who can sign in belongs to
 * it: the technical administrator is a member of {@code it-admin}, which has explicit grants and
 * no safeguarding record. The admin group holds only the set-up lock, an account nobody can sign
 * in as, change or remove ({@link AdminGroupSeal}); while it has a member the webapps do not
 * offer Camunda's first-user set-up page.
 */
@Component
class TechnicalAdministrator {

  static final String SETUP_LOCK = "setup-lock";

  private static final Logger log = LoggerFactory.getLogger(TechnicalAdministrator.class);

  private final IdentityService identity;
  private final AdministrationProperties settings;
  private final ProcessEngineConfigurationImpl engine;

  TechnicalAdministrator(IdentityService identity, AdministrationProperties settings,
      ProcessEngineConfiguration engine) {
    this.identity = identity;
    this.settings = settings;
    this.engine = (ProcessEngineConfigurationImpl) engine;
  }

  void apply() {
    for (String adminGroup : engine.getAdminGroups()) {
      AdminGroupSeal.asTheProduct(() -> sealAdminGroup(adminGroup));
    }
    if (!settings.adminUser().isBlank()) {
      ensureAdministrator(settings.adminUser());
    }
  }

  private void sealAdminGroup(String adminGroup) {
    for (User member : identity.createUserQuery().memberOfGroup(adminGroup).list()) {
      if (!member.getId().equals(SETUP_LOCK)) {
        identity.deleteMembership(member.getId(), adminGroup);
        log.warn("Removed {} from {}: its members bypass every authorization check; give them "
            + "it-admin instead", member.getId(), adminGroup);
      }
    }
    if (identity.createGroupQuery().groupId(adminGroup).count() == 0) {
      var group = identity.newGroup(adminGroup);
      group.setName("Camunda administrators (no sign-in: set-up lock only)");
      group.setType("SYSTEM");
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(SETUP_LOCK).count() == 0) {
      User lock = identity.newUser(SETUP_LOCK);
      lock.setFirstName("Set-up lock");
      lock.setLastName("(nobody can sign in)");
      identity.saveUser(lock);
    }
    if (identity.createUserQuery().userId(SETUP_LOCK).memberOfGroup(adminGroup).count() == 0) {
      identity.createMembership(SETUP_LOCK, adminGroup);
    }
  }

  private void ensureAdministrator(String userId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User admin = identity.newUser(userId);
      admin.setFirstName("Admin");
      admin.setLastName("Administrator");
      admin.setPassword(settings.adminPassword());
      identity.saveUser(admin);
      log.info("Created the technical administrator '{}' (group it-admin)", userId);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(SchoolGroup.IT_ADMIN.id())
        .count() == 0) {
      identity.createMembership(userId, SchoolGroup.IT_ADMIN.id());
    }
  }
}
