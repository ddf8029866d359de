package uk.school.socialmedia.consent;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Consent is about to lapse: a new parental-consent request starts for the same learner. */
@Component("startConsentRenewal")
class StartConsentRenewal implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(ConsentVariables.LEARNER);
    execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
        ConsentRequests.PROCESS_KEY, reference, Map.of(
            ConsentVariables.LEARNER, reference,
            ConsentVariables.RENEWAL_OF, execution.getProcessInstanceId()));
  }
}
