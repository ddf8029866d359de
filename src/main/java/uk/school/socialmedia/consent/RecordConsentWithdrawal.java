package uk.school.socialmedia.consent;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/** The register is updated at once, before anything is taken down. */
@Component("recordConsentWithdrawal")
class RecordConsentWithdrawal implements JavaDelegate {

  private final ConsentRegister register;

  RecordConsentWithdrawal(ConsentRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<ConsentPurpose> purposes =
        ParentAnswerRules.ticked(execution, ConsentVariables.WITHDRAWN_PREFIX);
    List<ConsentRecord> withdrawn = register.withdraw(
        FormRules.text(execution, ConsentVariables.LEARNER), purposes,
        (String) execution.getVariable(RejectSelfApproval.INITIATOR),
        execution.getProcessInstanceId());
    execution.setVariable(ConsentVariables.WITHDRAWN_PURPOSES,
        purposes.stream().map(Enum::name).collect(Collectors.joining(",")));
    execution.setVariable(ConsentVariables.WITHDRAWN_CONSENTS, withdrawn.size());
  }
}
