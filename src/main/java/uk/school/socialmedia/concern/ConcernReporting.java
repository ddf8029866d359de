package uk.school.socialmedia.concern;

import static uk.school.socialmedia.concern.ConcernVariables.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * How other features raise a safeguarding concern. The concern is started as the reporter (its
 * initiator), goes through the same checks as a report from Tasklist, and the reporter gets back
 * only the reference: nothing of the handling.
 *
 * <p>A feature whose own process must never hold the concern's text (a post review, whose history
 * every colleague offered the review can read) uses {@link #raiseToDescribe}: the concern starts
 * empty and its reporter describes it in the concern's own form.
 */
@Service
public class ConcernReporting {

  private final RuntimeService runtime;
  private final IdentityService identity;

  ConcernReporting(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  /**
   * Starts {@code concern-escalation} for the report.
   *
   * @return the concern's reference (also its business key), e.g. {@code SC-20261125-3F2A9C}
   * @throws uk.school.socialmedia.platform.process.RuleViolation when the report is incomplete
   */
  public String report(ConcernReport report) {
    Authentication caller = identity.getCurrentAuthentication();
    List<String> groups = identity.createGroupQuery().groupMember(report.reporterUserId()).list()
        .stream().map(Group::getId).toList();
    identity.setAuthentication(report.reporterUserId(), groups);
    try {
      return runtime.startProcessInstanceByKey(PROCESS_KEY, Variables.createVariables()
              .putValue(SOURCE, report.source().name())
              .putValue(SOURCE_REFERENCE, report.sourceReference())
              .putValue(KIND_OF_REPORT, report.kind().name())
              .putValue(ABOUT_WHOM, report.aboutWhom().name())
              .putValue(WHAT_HAPPENED, report.whatHappened())
              .putValue(WHEN_IT_HAPPENED, report.whenItHappened().toString())
              .putValue(PLATFORM, report.platform())
              .putValue(ACCOUNT_TYPE, report.accountType().name())
              .putValue(IMMEDIATE_RISK, report.immediateRisk())
              .putValue(ACTION_ALREADY_TAKEN, report.actionAlreadyTaken()))
          .getBusinessKey();
    } finally {
      if (caller == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(caller);
      }
    }
  }

  /**
   * Starts {@code concern-escalation} at "Concern raised elsewhere" for the signed-in user, who is
   * recorded by the engine as its reporter (start user) and is given "Describe the concern". Call
   * it from inside that user's own engine call (e.g. a delegate run by their task completion), so
   * that the raise and the step it comes from stand or fall together.
   *
   * @return the concern's reference (also its business key)
   * @throws uk.school.socialmedia.platform.process.RuleViolation when nobody is signed in
   */
  public String raiseToDescribe(ConcernReport.Source source, String sourceReference) {
    return runtime.startProcessInstanceByMessage(RAISED_ELSEWHERE_MESSAGE,
            Variables.createVariables()
                .putValue(SOURCE, source.name())
                .putValue(SOURCE_REFERENCE, sourceReference))
        .getBusinessKey();
  }
}
