package uk.school.socialmedia.exception;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.platform.process.FormRules;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/**
 * The request form, checked on the server: every field is required, who it concerns is a role
 * and a short reference (no free-text identity), and the duration is within the school's limit.
 * Also notes whether the Head asked (the chair of governors then decides) and that this is not a
 * renewal.
 */
@Component("validateExceptionRequest")
class ValidateExceptionRequest implements ExecutionListener {

  // the longest text each field of the exception's forms takes, as the form shows it
  /** whom it concerns: a school reference, not a description */
  static final int REFERENCE_LENGTH = 100;
  /** reasons, safeguards, conditions, discussions, notes (and a revocation's reason) */
  static final int TEXT_LENGTH = 4000;

  private final ExceptionSchedule schedule;
  private final IdentityService identity;

  ValidateExceptionRequest(ExceptionSchedule schedule, IdentityService identity) {
    this.schedule = schedule;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormRules.of(execution)
        .requireOneOf(ExceptionVariables.KIND, ExceptionKind.names(), "the kind of exception")
        .requireOneOf(ExceptionVariables.CONCERNS_ROLE, ConcernedPerson.names(), "who it concerns")
        .requireText("concernsReference", "their school reference")
        .limitText("concernsReference", "their school reference (not a description)",
            REFERENCE_LENGTH)
        .requireText("reason", "why the exception is needed")
        .limitText("reason", "why the exception is needed", TEXT_LENGTH)
        .requireText("safeguards", "the safeguards you propose")
        .limitText("safeguards", "the safeguards you propose", TEXT_LENGTH)
        .requireNumberBetween("requestedMonths", 1, schedule.longestMonths(),
            "for how many months")
        .check();
    String initiator = (String) execution.getVariable(RejectSelfApproval.INITIATOR);
    boolean byHead = initiator != null && identity.createUserQuery().userId(initiator)
        .memberOfGroup(SchoolGroup.HEAD.id()).count() > 0;
    execution.setVariable(ExceptionVariables.REQUESTED_BY_HEAD, byHead);
    execution.setVariable(ExceptionVariables.RENEWAL, false);
  }
}
