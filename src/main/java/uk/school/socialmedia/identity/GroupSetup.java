package uk.school.socialmedia.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Creates the contract's groups if they are missing; never renames or deletes one. */
@Component
class GroupSetup {

  static final String TYPE_SCHOOL_ROLE = "SCHOOL_ROLE";

  private final IdentityService identity;

  GroupSetup(IdentityService identity) {
    this.identity = identity;
  }

  void apply() {
    for (SchoolGroup schoolGroup : SchoolGroup.values()) {
      if (identity.createGroupQuery().groupId(schoolGroup.id()).count() == 0) {
        Group group = identity.newGroup(schoolGroup.id());
        group.setName(schoolGroup.displayName());
        group.setType(TYPE_SCHOOL_ROLE);
        identity.saveGroup(group);
      }
    }
  }
}
