package uk.school.socialmedia.audit.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.consent.LearnerRecordsChanged;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;

/**
 * When an import changes the register record of a learner whose concern's retention was decided
 * from it, the DSL is told, without details (notices leave the system by e-mail): the decision
 * itself keeps the facts it was made from, so nothing is shortened, but the DSL should know.
 */
@Component
class TellDslOfLearnerChanges {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final RetentionDecisions decisions;
  private final NotificationService notifications;
  private final TasklistLinks links;
  private final Clock clock;

  TellDslOfLearnerChanges(RetentionDecisions decisions, NotificationService notifications,
      TasklistLinks links, Clock clock) {
    this.decisions = decisions;
    this.notifications = notifications;
    this.links = links;
    this.clock = clock;
  }

  @EventListener
  void learnerRecordsChanged(LearnerRecordsChanged changed) {
    if (changed.references().stream().anyMatch(decisions::concernsLearner)) {
      notifications.notifyGroups(List.of(SchoolGroup.DSL.id()), new Notice(
          "A learner's record with safeguarding records changed",
          "The learner import of " + DAY.format(LocalDate.now(clock)) + " changed the register "
              + "record of a learner who has safeguarding records. How long those records are "
              + "kept does not change (it was fixed when they were triaged); see the concerns "
              + "in Tasklist if anything needs checking.",
          links.tasklist(), null));
    }
  }
}
