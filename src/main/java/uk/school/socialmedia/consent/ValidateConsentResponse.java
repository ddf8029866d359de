package uk.school.socialmedia.consent;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * No consent without the parent or carer who answered and the date on their form; each purpose
 * is answered yes or no.
 */
@Component("validateConsentResponse")
class ValidateConsentResponse implements TaskListener {

  private final ParentAnswerRules rules;

  ValidateConsentResponse(ParentAnswerRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules check = rules.parentAnswer(FormRules.of(task))
        .limitText(ConsentVariables.RESPONSE_NOTE, "what else they wrote",
            ConsentVariables.NOTE_LENGTH);
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      check.requireBoolean(purpose.formField(ConsentVariables.AGREED_PREFIX),
          "whether they agreed to the learner's " + purpose.description());
    }
    check.check();
  }
}
