package uk.school.socialmedia.audit;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a verification: intact when there are no findings; otherwise the findings in
 * chain order, the first being the first altered, inserted or deleted record.
 */
public record VerificationReport(Instant checkedAt, ChainHead head, long recordsChecked,
    List<Finding> findings) {

  public VerificationReport {
    findings = List.copyOf(findings);
  }

  public boolean intact() {
    return findings.isEmpty();
  }

  /**
   * One discrepancy. {@code source} names the table (a Camunda history table or a register),
   * {@code recordId} its row, {@code sequence} the chain position involved when there is one.
   */
  public record Finding(Problem problem, String source, String recordId, Long sequence,
      String detail) {}

  public enum Problem {
    /** A sealed record whose content no longer matches its seal. */
    ALTERED,
    /** A record that was never sealed. */
    INSERTED,
    /** A sealed record that is gone, and not by history clean-up. */
    DELETED,
    /** The chain itself was edited (an entry changed, removed or added). */
    CHAIN_BROKEN,
    /** The chain no longer holds an earlier head at its sequence. */
    NOT_EXTENDED,
    /** A process instance's history removed, by any means, while a legal hold stood on it. */
    HELD_RECORD_REMOVED,
    /** History removed by clean-up before (or without) the removal time the product decided. */
    REMOVED_EARLY,
    /** A removal time set through the API: only the retention rules decide removal times. */
    REMOVAL_TIME_SET
  }
}
