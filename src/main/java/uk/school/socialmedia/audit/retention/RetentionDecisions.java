package uk.school.socialmedia.audit.retention;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of per-instance retention decisions. A decision is recorded (or corrected) while
 * the concern is handled; {@link RetentionRemovalTimes} reads it when the concern ends.
 */
@Component
public class RetentionDecisions {

  private final RetentionDecisionRepository decisions;
  private final Clock clock;

  RetentionDecisions(RetentionDecisionRepository decisions, Clock clock) {
    this.decisions = decisions;
    this.clock = clock;
  }

  /** Records how long the instance is kept; a later decision replaces an earlier one. */
  @Transactional
  public RetentionDecision decide(String processInstanceId, RetentionClass retentionClass,
      LocalDate keepUntil, String reason, String decidedBy) {
    RetentionDecision decision = decisions.findByProcessInstanceId(processInstanceId)
        .orElseGet(() -> new RetentionDecision(processInstanceId));
    decision.decide(retentionClass, keepUntil, reason, decidedBy, clock.instant());
    return decisions.save(decision);
  }
}
