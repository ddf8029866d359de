package uk.school.socialmedia.consent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * Start of consent-withdrawal: a learner on the register, who withdrew and when, and at least
 * one purpose withdrawn.
 */
@Component("validateConsentWithdrawal")
class ValidateConsentWithdrawal implements ExecutionListener {

  private final ParentAnswerRules rules;

  ValidateConsentWithdrawal(ParentAnswerRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormRules check = rules.learnerOnRegister(FormRules.of(execution), execution)
        .require(!ParentAnswerRules.ticked(execution, ConsentVariables.WITHDRAWN_PREFIX).isEmpty(),
            "Please tick at least one purpose the parent or carer withdraws consent for.");
    rules.parentAnswer(check)
        .limitText(ConsentVariables.WITHDRAWAL_NOTE, "what they said",
            ConsentVariables.NOTE_LENGTH)
        .check();
    execution.setProcessBusinessKey(FormRules.text(execution, ConsentVariables.LEARNER));
  }
}
