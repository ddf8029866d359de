package uk.school.socialmedia.consent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * Start of parental-consent: the learner is on the register and is not already waiting for an
 * answer to another request (a year's bulk start and an automatic renewal would otherwise ask
 * the same parents twice).
 */
@Component("validateConsentRequest")
class ValidateConsentRequest implements ExecutionListener {

  private final ParentAnswerRules rules;
  private final ConsentRequests requests;

  ValidateConsentRequest(ParentAnswerRules rules, ConsentRequests requests) {
    this.rules = rules;
    this.requests = requests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String reference = FormRules.text(execution, ConsentVariables.LEARNER);
    rules.learnerOnRegister(FormRules.of(execution), execution)
        .require(reference == null || !requests.isWaitingForAnswer(reference),
            "A consent request for " + reference + " is already waiting for the parents' answer.")
        .check();
    execution.setProcessBusinessKey(reference);
  }
}
