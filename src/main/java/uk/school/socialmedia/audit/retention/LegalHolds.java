package uk.school.socialmedia.audit.retention;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.school.socialmedia.platform.process.ActingForUser;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * Legal holds (docs/retention.md): the Head or the DSL stops the removal of one record's whole
 * history, with a reason, and releases it again with a reason. Who may hold is checked by the
 * caller ({@link LegalHoldController}); what may be held is checked here against the engine's
 * authorizations of the signed-in user: only a record whose history they may read.
 */
@Service
public class LegalHolds {

  private final LegalHoldRepository holds;
  private final HistoryService history;
  private final ActingForUser engine;
  private final Clock clock;

  LegalHolds(LegalHoldRepository holds, HistoryService history, ActingForUser engine,
      Clock clock) {
    this.holds = holds;
    this.history = history;
    this.engine = engine;
    this.clock = clock;
  }

  /**
   * Holds the history of the process instance (the whole hierarchy it belongs to): its removal
   * time is cleared at once, in a batch the job executor runs, and none is set while the hold
   * stands.
   *
   * @throws RuleViolation when the instance or the reason is missing
   * @throws NoSuchElementException when the signed-in user may not read that instance's history
   */
  @Transactional
  public LegalHold place(String processInstanceId, String reason, String heldBy) {
    if (processInstanceId == null || processInstanceId.isBlank()) {
      throw new RuleViolation("Please give the process instance to hold.");
    }
    requireReason(reason, "Please give the reason for the legal hold.");
    HistoricProcessInstance instance = readable(processInstanceId.trim());
    String root = instance.getRootProcessInstanceId() != null
        ? instance.getRootProcessInstanceId() : instance.getId();
    LegalHold hold = holds.save(new LegalHold(root, instance.getProcessDefinitionKey(),
        reason.trim(), heldBy, clock.instant()));
    engine.run(() -> history.setRemovalTimeToHistoricProcessInstances().clearedRemovalTime()
        .byIds(root).hierarchical().executeAsync());
    return hold;
  }

  /**
   * Releases a standing hold; the removal time is calculated again (in a batch), so a record whose
   * time has passed goes in the next clean-up unless another hold stands.
   *
   * @throws RuleViolation when the reason is missing or the hold was already released
   * @throws NoSuchElementException when there is no such hold the signed-in user may read
   */
  @Transactional
  public LegalHold release(long id, String reason, String releasedBy) {
    LegalHold hold = holds.findById(id)
        .orElseThrow(() -> new NoSuchElementException("No legal hold " + id + "."));
    readable(hold.getProcessInstanceId());
    requireReason(reason, "Please give the reason for releasing the legal hold.");
    if (!hold.isStanding()) {
      throw new RuleViolation("Legal hold " + id + " was already released on "
          + hold.getReleasedAt() + ".");
    }
    hold.release(releasedBy, clock.instant(), reason.trim());
    engine.run(() -> recalculate(hold.getProcessInstanceId()));
    return hold;
  }

  /** The standing holds on records the signed-in user may read, oldest first. */
  public List<LegalHold> standing() {
    return holds.findByReleasedAtIsNullOrderByHeldAtAsc().stream()
        .filter(hold -> history.createHistoricProcessInstanceQuery()
            .processInstanceId(hold.getProcessInstanceId()).count() > 0)
        .toList();
  }

  private Batch recalculate(String rootProcessInstanceId) {
    return history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime()
        .byIds(rootProcessInstanceId).hierarchical().executeAsync();
  }

  /** The instance as the signed-in user may read it; unknown and unreadable look the same. */
  private HistoricProcessInstance readable(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      throw new NoSuchElementException(
          "No process instance " + processInstanceId + " whose history you may read.");
    }
    return instance;
  }

  private static void requireReason(String reason, String message) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation(message);
    }
  }
}
