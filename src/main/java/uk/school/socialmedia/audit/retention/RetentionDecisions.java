package uk.school.socialmedia.audit.retention;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of per-instance retention decisions. A decision is recorded while the concern is
 * handled, with the facts it came from; {@link RetentionRemovalTimes} reads it when the concern
 * ends. A later decision (after reopening) may keep the record longer, never shorter.
 */
@Component
public class RetentionDecisions {

  private final RetentionDecisionRepository decisions;
  private final Clock clock;

  RetentionDecisions(RetentionDecisionRepository decisions, Clock clock) {
    this.decisions = decisions;
    this.clock = clock;
  }

  /**
   * Records how long the instance is kept and from which facts ({@code learnerReference} and
   * {@code dateOfBirth} may be null); a later decision replaces an earlier one only when it keeps
   * the record at least as long.
   */
  @Transactional
  public RetentionDecision decide(String processInstanceId, RetentionClass retentionClass,
      LocalDate keepUntil, String learnerReference, LocalDate dateOfBirth, String reason,
      String decidedBy) {
    RetentionDecision decision = decisions.findByProcessInstanceId(processInstanceId)
        .orElseGet(() -> new RetentionDecision(processInstanceId));
    if (decision.getKeepUntil() != null
        && (keepUntil == null || keepUntil.isBefore(decision.getKeepUntil()))) {
      return decision;
    }
    decision.decide(retentionClass, keepUntil, learnerReference, dateOfBirth, reason, decidedBy,
        clock.instant());
    return decisions.save(decision);
  }

  /** Whether any concern's retention was decided from this learner's register record. */
  public boolean concernsLearner(String learnerReference) {
    return decisions.existsByLearnerReference(learnerReference);
  }
}
