package uk.school.socialmedia.consent;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * Puts the parents' written answer in the consent register and sets when it lapses and when the
 * renewal request starts (the diagram's timer reads {@code renewalDue}).
 */
@Component("recordConsentResponse")
class RecordConsentResponse implements JavaDelegate {

  private final ConsentRegister register;
  private final ConsentSchedule schedule;

  RecordConsentResponse(ConsentRegister register, ConsentSchedule schedule) {
    this.register = register;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<ConsentPurpose> agreed =
        ParentAnswerRules.ticked(execution, ConsentVariables.AGREED_PREFIX);
    LocalDate dateOnForm = ParentAnswerRules.dateOnForm(execution);
    List<ConsentRecord> records = register.recordConsent(
        FormRules.text(execution, ConsentVariables.LEARNER), agreed,
        FormRules.text(execution, ConsentVariables.PARENT_NAME),
        Relationship.valueOf(FormRules.text(execution, ConsentVariables.PARENT_RELATIONSHIP)),
        dateOnForm, recorder(execution), execution.getProcessInstanceId());
    LocalDate validUntil = schedule.validUntil(dateOnForm);
    execution.setVariable(ConsentVariables.CONSENT_GIVEN_FOR, records.stream()
        .map(r -> r.getPurpose().name()).collect(Collectors.joining(",")));
    execution.setVariable(ConsentVariables.CONSENT_VALID_UNTIL, Date.valueOf(validUntil));
    execution.setVariable(ConsentVariables.RENEWAL_DUE, schedule.renewalDue(validUntil));
    execution.setVariable(ConsentVariables.OUTCOME, agreed.isEmpty() ? "REFUSED" : "RECORDED");
  }

  /** Whoever completed the response task (the service task runs in their transaction). */
  private static String recorder(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
