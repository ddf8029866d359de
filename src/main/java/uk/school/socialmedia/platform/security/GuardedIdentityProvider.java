package uk.school.socialmedia.platform.security;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Camunda's own user store with the school's rules where every sign-in and every change of an
 * account meets the engine (both REST surfaces, the webapps and the product's own sign-in):
 * <ul>
 *   <li>passwords are checked through {@link SignInThrottle} and never lock an account (Camunda's
 *       growing delay and permanent lock are not used);</li>
 *   <li>nobody signs in as, changes, removes or joins the engine's admin group, whose members
 *       would bypass every authorization check;</li>
 *   <li>a user's name and e-mail, which route work and notices, are changed only by whoever may
 *       update every user (the technical administrator) or by the product itself; everyone may
 *       still change their own password.</li>
 * </ul>
 */
class GuardedIdentityProvider extends DbIdentityServiceProvider {

  private final SignInThrottle throttle;
  private final ApplicationEventPublisher events;

  GuardedIdentityProvider(SignInThrottle throttle, ApplicationEventPublisher events) {
    this.throttle = throttle;
    this.events = events;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    String address = CurrentRequest.address();
    if (userId == null || throttle.pauses(userId, address)) {
      return false;
    }
    UserEntity user = getDbEntityManager().selectById(UserEntity.class, userId);
    boolean matches = user != null && password != null && !isAdministratorAccount(userId)
        && matchPassword(password, user);
    if (matches) {
      throttle.succeeded(userId, address);
    } else {
      throttle.failed(userId, address);
    }
    return matches;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    UserEntity changed = (UserEntity) user;
    if (changed.getRevision() != 0) {
      UserEntity stored = getDbEntityManager().selectById(UserEntity.class, user.getId());
      if (stored != null) {
        refuseForAdministratorAccount(user.getId());
        if (profileDiffers(stored, changed) && !mayUpdateEveryUser()) {
          throw new AuthorizationException("Your name and e-mail address are kept by the school's "
              + "technical administrator, because tasks and notices are sent by them. Ask them to "
              + "change it. You may change your own password.");
        }
      }
    }
    return super.saveUser(user);
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    refuseForAdministratorAccount(userId);
    return super.deleteUser(userId);
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    if (adminGroups().contains(groupId) && !AdminGroupSeal.isTheProduct()) {
      throw new AuthorizationException("Nobody may join '" + groupId + "': its members would "
          + "bypass every permission. Technical administrators belong to it-admin.");
    }
    IdentityOperationResult result = super.createMembership(userId, groupId);
    events.publishEvent(new GroupMembershipChanged(userId, groupId, true, signedInUser()));
    return result;
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    IdentityOperationResult result = super.deleteMembership(userId, groupId);
    events.publishEvent(new GroupMembershipChanged(userId, groupId, false, signedInUser()));
    return result;
  }

  private static boolean profileDiffers(UserEntity stored, UserEntity changed) {
    return !Objects.equals(stored.getEmail(), changed.getEmail())
        || !Objects.equals(stored.getFirstName(), changed.getFirstName())
        || !Objects.equals(stored.getLastName(), changed.getLastName());
  }

  /** The grant of the technical administrator: UPDATE on every user (not only on oneself). */
  private static boolean mayUpdateEveryUser() {
    return Context.getCommandContext().getAuthorizationManager()
        .isAuthorized(Permissions.UPDATE, Resources.USER, "*");
  }

  private void refuseForAdministratorAccount(String userId) {
    if (isAdministratorAccount(userId)) {
      throw new AuthorizationException("'" + userId + "' keeps Camunda's set-up page closed; "
          + "nobody may change or remove it.");
    }
  }

  private boolean isAdministratorAccount(String userId) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(() -> adminGroups().stream().anyMatch(group ->
        createUserQuery(context).userId(userId).memberOfGroup(group).count() > 0));
  }

  private static java.util.List<String> adminGroups() {
    return Context.getProcessEngineConfiguration().getAdminGroups();
  }

  private static String signedInUser() {
    var authentication = Context.getCommandContext().getAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
