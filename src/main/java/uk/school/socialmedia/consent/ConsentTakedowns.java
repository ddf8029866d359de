package uk.school.socialmedia.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The takedowns of one withdrawal, as the consent-withdrawal diagram reads them: one takedown
 * task per published image ({@code ${consentTakedowns.ids(execution.processInstanceId)}}),
 * offered to that channel's account managers
 * ({@code ${consentTakedowns.accountManagers(takedownId)}}).
 */
@Component("consentTakedowns")
public class ConsentTakedowns {

  private final TakedownRepository takedowns;
  private final ConsentSchedule schedule;
  private final Clock clock;

  ConsentTakedowns(TakedownRepository takedowns, ConsentSchedule schedule, Clock clock) {
    this.takedowns = takedowns;
    this.schedule = schedule;
    this.clock = clock;
  }

  @Transactional
  List<Takedown> request(String processInstanceId, String learnerReference,
      List<PublishedImage> images) {
    Instant now = clock.instant();
    return images.stream().map(image -> takedowns.save(new Takedown(processInstanceId,
        learnerReference, image, now, schedule.takedownDue(now)))).toList();
  }

  /** Ids of the withdrawal's takedowns, as text (a process variable each). */
  public List<String> ids(String processInstanceId) {
    return takedowns.findByWithdrawalProcessInstanceIdOrderByIdAsc(processInstanceId).stream()
        .map(t -> t.getId().toString()).toList();
  }

  public List<String> accountManagers(String takedownId) {
    return get(takedownId).accountManagerIds();
  }

  public List<Takedown> ofWithdrawal(String processInstanceId) {
    return takedowns.findByWithdrawalProcessInstanceIdOrderByIdAsc(processInstanceId);
  }

  Takedown get(String takedownId) {
    return takedowns.findById(Long.valueOf(takedownId)).orElseThrow();
  }

  /** Links the takedown to the task created for it (the engine's task id). */
  @Transactional
  void linkToTask(String takedownId, String taskId) {
    get(takedownId).linkTo(taskId);
  }

  /** The takedown a task was created for; none for a task that is not a takedown task. */
  Optional<Takedown> ofTask(String taskId) {
    return takedowns.findByTaskId(taskId);
  }

  @Transactional
  void markRemoved(Takedown takedown, String removedBy, String note) {
    takedowns.findById(takedown.getId()).orElseThrow()
        .markRemoved(clock.instant(), removedBy, note);
  }
}
