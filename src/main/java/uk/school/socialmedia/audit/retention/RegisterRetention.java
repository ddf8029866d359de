package uk.school.socialmedia.audit.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.school.socialmedia.audit.export.ExportArchive;
import uk.school.socialmedia.exception.ExceptionRecord;
import uk.school.socialmedia.exception.ExceptionStatus;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.post.Post;
import uk.school.socialmedia.post.PostStatus;

/**
 * Registers follow their class (docs/retention.md): every night the post register and the
 * account-exception register lose the rows whose period has passed, unless a legal hold stands on
 * the row's process, and audit exports past theirs lose their files and record. Rows are removed
 * one by one through JPA, so the audit ledger records each removal as a legitimate one.
 */
@Component
class RegisterRetention {

  private static final Logger log = LoggerFactory.getLogger(RegisterRetention.class);

  @PersistenceContext
  private EntityManager entities;

  private final LegalHoldRepository holds;
  private final ExportArchive exportArchive;
  private final RetentionProperties properties;
  private final Clock clock;

  RegisterRetention(LegalHoldRepository holds, ExportArchive exportArchive,
      RetentionProperties properties, Clock clock) {
    this.holds = holds;
    this.exportArchive = exportArchive;
    this.properties = properties;
    this.clock = clock;
  }

  /** Removes the rows past their period; returns how many went. */
  @Scheduled(cron = "${school.retention.register-clean-up}", zone = "Europe/London")
  @Transactional
  public int removeRowsPastTheirPeriod() {
    List<Post> posts = entities.createQuery("select p from Post p where p.status not in :open"
            + " and coalesce(p.publishedAt, p.closedAt) < :cutoff", Post.class)
        .setParameter("open", List.of(PostStatus.DRAFT, PostStatus.IN_REVIEW, PostStatus.APPROVED))
        .setParameter("cutoff", cutoff(properties.publishedPostsKeptFor()))
        .getResultList();
    List<ExceptionRecord> exceptions = entities.createQuery("select e from ExceptionRecord e"
            + " where e.status <> :active and e.endedAt < :cutoff", ExceptionRecord.class)
        .setParameter("active", ExceptionStatus.ACTIVE)
        .setParameter("cutoff", cutoff(properties.accountExceptionsKeptFor()))
        .getResultList();
    int removed = remove(posts.stream().filter(post -> notHeld(post.getProcessInstanceId()))
        .toList()) + remove(exceptions.stream()
        .filter(exception -> notHeld(exception.getProcessInstanceId())).toList())
        + exportArchive.removeRequestedBefore(cutoff(properties.exportsKeptFor()));
    if (removed > 0) {
      log.info("Removed {} register rows whose retention period has passed", removed);
    }
    return removed;
  }

  private Instant cutoff(Period keptFor) {
    return ZonedDateTime.ofInstant(clock.instant(), EngineClock.SCHOOL_ZONE).minus(keptFor)
        .toInstant();
  }

  private boolean notHeld(String processInstanceId) {
    return !holds.existsByProcessInstanceIdAndReleasedAtIsNull(processInstanceId);
  }

  private int remove(List<?> rows) {
    rows.forEach(entities::remove);
    return rows.size();
  }
}
