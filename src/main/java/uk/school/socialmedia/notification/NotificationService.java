package uk.school.socialmedia.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way processes tell people something. Messages go to the outbox in the caller's
 * transaction; {@link OutboxDispatcher} sends them by SMTP when a mail server is configured.
 */
@Service
public class NotificationService {

  private final OutboxRepository outbox;
  private final IdentityService identity;
  private final Clock clock;

  NotificationService(OutboxRepository outbox, IdentityService identity, Clock clock) {
    this.outbox = outbox;
    this.identity = identity;
    this.clock = clock;
  }

  @Transactional
  public void notifyUsers(Collection<String> userIds, Notice notice) {
    notify(userIds, Set.of(), notice);
  }

  /** Everyone in any of the groups, each once. */
  @Transactional
  public void notifyGroups(Collection<String> groupIds, Notice notice) {
    notify(Set.of(), groupIds, notice);
  }

  /** The users and everyone in the groups, each person once. */
  @Transactional
  public void notify(Collection<String> userIds, Collection<String> groupIds, Notice notice) {
    Set<String> people = new LinkedHashSet<>(userIds);
    for (String groupId : groupIds) {
      identity.createUserQuery().memberOfGroup(groupId).list()
          .forEach(user -> people.add(user.getId()));
    }
    for (String userId : people) {
      User user = identity.createUserQuery().userId(userId).singleResult();
      String email = user == null ? null : user.getEmail();
      outbox.save(new OutboxMessage(clock.instant(), userId, email, notice));
    }
  }
}
