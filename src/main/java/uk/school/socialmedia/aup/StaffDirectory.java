package uk.school.socialmedia.aup;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * The small staff directory: member of staff to line manager. Unsigned AUP requests escalate to
 * the line manager it names, or to the senior leadership team when it names none.
 */
@Service
public class StaffDirectory {

  private final StaffDirectoryRepository entries;
  private final IdentityService identity;
  private final Clock clock;

  StaffDirectory(StaffDirectoryRepository entries, IdentityService identity, Clock clock) {
    this.entries = entries;
    this.identity = identity;
    this.clock = clock;
  }

  public Optional<String> lineManagerOf(String userId) {
    return entries.findById(userId).map(StaffDirectoryEntry::getLineManagerId);
  }

  public List<StaffDirectoryEntry> all() {
    return entries.findAllByOrderByUserIdAsc();
  }

  /** Records (or changes) a line manager; both must be existing users, and different people. */
  @Transactional
  public StaffDirectoryEntry assign(String userId, String lineManagerId, String changedBy) {
    if (!exists(userId)) {
      throw new RuleViolation("There is no user '" + userId + "'.");
    }
    if (lineManagerId == null || !exists(lineManagerId)) {
      throw new RuleViolation("Please give the user id of an existing member of staff as the "
          + "line manager.");
    }
    if (lineManagerId.equals(userId)) {
      throw new RuleViolation("A member of staff cannot be their own line manager.");
    }
    StaffDirectoryEntry entry = entries.findById(userId).orElseGet(() -> new StaffDirectoryEntry(userId));
    entry.assignLineManager(lineManagerId, changedBy, clock.instant());
    return entries.save(entry);
  }

  @Transactional
  public void remove(String userId) {
    entries.deleteById(userId);
  }

  private boolean exists(String userId) {
    return userId != null && identity.createUserQuery().userId(userId).count() > 0;
  }
}
