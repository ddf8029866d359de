package uk.school.socialmedia.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.platform.security.CurrentRequest;
import uk.school.socialmedia.platform.security.GroupMembershipChanged;

/**
 * Records emergency access in the break-glass register (and so in the audit ledger) and tells the
 * Head and the DSL: when someone is given it, and when a member uses it (every request is
 * recorded; at most one notice per member in {@link AdministrationProperties#breakGlassNoticeEvery}
 * so that an emergency is not buried in mail). Notices name the person and the time only.
 */
@Component
class BreakGlassRecord {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm").withZone(EngineClock.SCHOOL_ZONE);
  private static final List<String> TOLD = List.of(SchoolGroup.HEAD.id(), SchoolGroup.DSL.id());

  private final BreakGlassUseRepository register;
  private final NotificationService notifications;
  private final IdentityService identity;
  private final AdministrationProperties settings;
  private final Clock clock;

  BreakGlassRecord(BreakGlassUseRepository register, NotificationService notifications,
      IdentityService identity, AdministrationProperties settings, Clock clock) {
    this.register = register;
    this.notifications = notifications;
    this.identity = identity;
    this.settings = settings;
    this.clock = clock;
  }

  /** Runs in the transaction of the membership change: both stand or fall together. */
  @EventListener
  void membershipChanged(GroupMembershipChanged change) {
    if (!SchoolGroup.BREAK_GLASS.id().equals(change.groupId())) {
      return;
    }
    Instant now = clock.instant();
    register.save(new BreakGlassUse(
        change.added() ? BreakGlassUse.Kind.GIVEN : BreakGlassUse.Kind.TAKEN_AWAY,
        change.userId(), now, CurrentRequest.describe(), change.changedBy(), change.added()));
    if (change.added()) {
      notifications.notifyGroups(TOLD, new Notice(
          "Emergency access to safeguarding records was given",
          nameOf(change.userId()) + " was given emergency (break-glass) access to safeguarding "
              + "records on " + WHEN.format(now)
              + (change.changedBy() == null ? "" : " by " + nameOf(change.changedBy())) + ".\n"
              + "Everything they read with it is recorded in the audit record. If this was not "
              + "agreed, ask the technical administrator to remove them from the break-glass "
              + "group at once.",
          null, null));
    }
  }

  /** One request by a member of break-glass: always recorded, even if the request then fails. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void used(String userId, String request) {
    Instant now = clock.instant();
    boolean tell = !register.existsByUserIdAndKindAndNoticeSentTrueAndUsedAtAfter(userId,
        BreakGlassUse.Kind.USED, now.minus(settings.breakGlassNoticeEvery()));
    register.save(new BreakGlassUse(BreakGlassUse.Kind.USED, userId, now, request, null, tell));
    if (tell) {
      notifications.notifyGroups(TOLD, new Notice(
          "Emergency access to safeguarding records is being used",
          nameOf(userId) + " used emergency (break-glass) access to safeguarding records on "
              + WHEN.format(now) + ". Every use is recorded in the audit record. If this was not "
              + "agreed, ask the technical administrator to remove them from the break-glass "
              + "group at once.",
          null, null));
    }
  }

  private String nameOf(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null || user.getFirstName() == null) {
      return userId;
    }
    return (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName()))
        .trim();
  }
}
