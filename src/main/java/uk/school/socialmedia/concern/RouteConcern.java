package uk.school.socialmedia.concern;

import static uk.school.socialmedia.concern.ConcernVariables.*;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/**
 * Applies the school's routing table ({@code bpmn/concern-route.dmn}): who manages the concern,
 * who it escalates to, who is told. A reporter who is one of the case managers cannot handle
 * their own report, so the counterpart is brought in from the start.
 */
@Component("routeConcern")
class RouteConcern implements JavaDelegate {

  private final DecisionService decisions;
  private final IdentityService identity;

  RouteConcern(DecisionService decisions, IdentityService identity) {
    this.decisions = decisions;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(ROUTE_DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue(ABOUT_WHOM, execution.getVariable(ABOUT_WHOM))
            .putValue(KIND_OF_REPORT, execution.getVariable(KIND_OF_REPORT)))
        .evaluate()
        .getSingleResult();
    for (String output : new String[] {ROUTE, CASE_MANAGERS, COUNTERPARTS, ESCALATE_TO, INFORMED}) {
      execution.setVariable(output, Objects.toString(result.getEntry(output), ""));
    }
    Set<String> handlers = Groups.parse(result.getEntry(CASE_MANAGERS));
    String reporter = (String) execution.getVariable(RejectSelfApproval.INITIATOR);
    boolean reporterIsCaseManager = handlers.stream().anyMatch(group ->
        identity.createUserQuery().userId(reporter).memberOfGroup(group).count() > 0);
    if (reporterIsCaseManager) {
      handlers = new LinkedHashSet<>(handlers);
      handlers.addAll(Groups.parse(result.getEntry(COUNTERPARTS)));
    }
    execution.setVariable(HANDLERS, Groups.join(handlers));
  }
}
