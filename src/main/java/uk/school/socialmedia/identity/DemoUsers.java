package uk.school.socialmedia.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.SchoolProperties;

/**
 * The demo users of the public contract (password = user id). Created only in demo mode, and
 * only when missing, so a school can change a demo user in Admin without it coming back.
 */
@Component
public class DemoUsers {

  record DemoUser(String id, String firstName, String lastName, List<SchoolGroup> groups) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("alice", "Alice", "Archer", List.of(SchoolGroup.STAFF)),
      new DemoUser("bob", "Bob", "Baker", List.of(SchoolGroup.STAFF)),
      new DemoUser("carol", "Carol", "Clark", List.of(SchoolGroup.STAFF)),
      new DemoUser("dana", "Dana", "Dean", List.of(SchoolGroup.STAFF, SchoolGroup.DSL)),
      new DemoUser("derek", "Derek", "Dunn", List.of(SchoolGroup.STAFF, SchoolGroup.DDSL)),
      new DemoUser("helen", "Helen", "Hart",
          List.of(SchoolGroup.STAFF, SchoolGroup.HEAD, SchoolGroup.SLT)),
      new DemoUser("brian", "Brian", "Bell",
          List.of(SchoolGroup.STAFF, SchoolGroup.BUSINESS_MANAGER, SchoolGroup.SLT)),
      new DemoUser("olivia", "Olivia", "Owen", List.of(SchoolGroup.STAFF, SchoolGroup.OFFICE)),
      new DemoUser("grace", "Grace", "Green", List.of(SchoolGroup.GOVERNORS)),
      new DemoUser("charles", "Charles", "Cole",
          List.of(SchoolGroup.GOVERNORS, SchoolGroup.CHAIR_OF_GOVERNORS)));

  private final IdentityService identity;
  private final SchoolProperties school;

  DemoUsers(IdentityService identity, SchoolProperties school) {
    this.identity = identity;
    this.school = school;
  }

  public void apply() {
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@" + school.emailDomain());
      user.setPassword(demo.id());
      identity.saveUser(user);
      for (SchoolGroup group : demo.groups()) {
        identity.createMembership(demo.id(), group.id());
      }
    }
  }
}
