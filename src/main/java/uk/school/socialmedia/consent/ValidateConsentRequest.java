package uk.school.socialmedia.consent;

import org.camunda.bpm.engine.TaskService;
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

  static final String RESPONSE_TASK = "Task_RecordResponse";

  private final ParentAnswerRules rules;
  private final TaskService tasks;

  ValidateConsentRequest(ParentAnswerRules rules, TaskService tasks) {
    this.rules = rules;
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormRules check = rules.learnerOnRegister(execution);
    String reference = FormRules.text(execution, ConsentVariables.LEARNER);
    check.require(reference == null || tasks.createTaskQuery()
            .processDefinitionKey(ConsentRequests.PROCESS_KEY)
            .processInstanceBusinessKey(reference)
            .taskDefinitionKey(RESPONSE_TASK).count() == 0,
        "A consent request for " + reference + " is already waiting for the parents' answer.");
    check.check();
    execution.setProcessBusinessKey(reference);
  }
}
