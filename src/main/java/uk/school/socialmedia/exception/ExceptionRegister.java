package uk.school.socialmedia.exception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * The register of approved exceptions to the personal-account rules. Other features may ask it
 * whether a member of staff has an exception in force ({@link #hasCurrentException}); the DSL,
 * deputy and Head read it and revoke through {@code /api/exceptions}.
 */
@Service
public class ExceptionRegister {

  /** The message that starts "Revocation by the DSL, deputy or Head" in the process. */
  public static final String REVOKED_MESSAGE = "ExceptionRevoked";

  private final ExceptionRecordRepository records;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;

  ExceptionRegister(ExceptionRecordRepository records, RuntimeService runtime,
      IdentityService identity, Clock clock) {
    this.records = records;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
  }

  /** The exceptions in force today (approved, not ended, end date not passed), soonest first. */
  @Transactional(readOnly = true)
  public List<ExceptionRecord> currentExceptions() {
    return records.findByStatusAndEndDateGreaterThanEqualOrderByEndDateAscIdAsc(
        ExceptionStatus.ACTIVE, today());
  }

  /**
   * Whether {@code staffUserId} has an exception in force today about the person with this
   * school reference (for example when a concern about personal-account contact is triaged).
   */
  @Transactional(readOnly = true)
  public boolean hasCurrentException(String staffUserId, String concernsReference) {
    return currentExceptions().stream().anyMatch(record ->
        record.getRequester().equals(staffUserId)
            && record.getConcernsReference().equalsIgnoreCase(concernsReference.trim()));
  }

  /**
   * Ends an exception in force before its end date. The process records the revocation (who,
   * when, why) and tells the requester.
   *
   * @throws NoSuchElementException when there is no such exception
   * @throws RuleViolation when the reason is missing or the exception is no longer in force
   */
  @Transactional
  public void revoke(long id, String reason, String revokedBy) {
    ExceptionRecord record = records.findById(id)
        .orElseThrow(() -> new NoSuchElementException("No exception " + id));
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("Please give the reason for revoking the exception.");
    }
    if (reason.trim().length() > ValidateExceptionRequest.TEXT_LENGTH) {
      throw new RuleViolation("The reason for revoking is too long: at most 4,000 characters.");
    }
    if (!record.isInForceOn(today())) {
      throw new RuleViolation("This exception is no longer in force ("
          + record.getStatus().name().toLowerCase() + ", end date " + record.getEndDate() + ").");
    }
    // The caller's right to revoke was checked by role; the engine must not also demand UPDATE
    // on the instance, which would let them change its recorded variables too.
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      runtime.createMessageCorrelation(REVOKED_MESSAGE)
          .processInstanceId(record.getProcessInstanceId())
          .setVariable(ExceptionVariables.REVOKED_BY, revokedBy)
          .setVariable(ExceptionVariables.REVOCATION_REASON, reason.trim())
          .correlateWithResult();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  ExceptionRecord recordApproval(String processInstanceId, String requester, ExceptionKind kind,
      ConcernedPerson concerns, String concernsReference, String conditions, LocalDate endDate,
      String approvedBy) {
    ExceptionRecord record = records.findByProcessInstanceId(processInstanceId)
        .orElseGet(() -> new ExceptionRecord(processInstanceId, requester, kind, concerns,
            concernsReference));
    record.approve(conditions, endDate, approvedBy, clock.instant());
    return records.save(record);
  }

  ExceptionRecord end(String processInstanceId, ExceptionStatus status, String by, String reason) {
    ExceptionRecord record = records.findByProcessInstanceId(processInstanceId).orElseThrow();
    record.end(status, by, reason, clock.instant());
    return records.save(record);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
