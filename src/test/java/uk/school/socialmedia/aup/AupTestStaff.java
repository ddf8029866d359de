package uk.school.socialmedia.aup;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Fresh members of staff for one test (password = user id), so that tests sharing a database
 * never see each other's signatures or requests.
 */
final class AupTestStaff {

  private final IdentityService identity;

  AupTestStaff(IdentityService identity) {
    this.identity = identity;
  }

  /** A new member of staff called "{firstName} Tester-xxxx"; returns the user id. */
  String newStaff(String firstName) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String id = firstName.toLowerCase() + "-" + suffix;
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName("Tester " + suffix);
    user.setEmail(id + "@lodgefarm.sch.uk");
    user.setPassword(id);
    identity.saveUser(user);
    identity.createMembership(id, "staff");
    return id;
  }

  String fullName(String userId) {
    return PrepareAupSignature.fullName(identity.createUserQuery().userId(userId).singleResult());
  }
}
