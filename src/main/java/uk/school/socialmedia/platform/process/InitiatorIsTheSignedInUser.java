package uk.school.socialmedia.platform.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The author of anything is the authenticated user (CONTRACT.md), in every process, without
 * relying on each diagram: a start listener overwrites an {@value RejectSelfApproval#INITIATOR}
 * variable a REST caller tried to pass in, and every user task refuses a completion that tries
 * to change it.
 */
@Component
public class InitiatorIsTheSignedInUser extends AbstractProcessEnginePlugin {

  // looked up when first used: the engine's services do not exist while it is being configured
  private final ObjectProvider<CurrentUser> currentUser;
  private final ObjectProvider<Initiators> initiators;

  InitiatorIsTheSignedInUser(ObjectProvider<CurrentUser> currentUser,
      ObjectProvider<Initiators> initiators) {
    this.currentUser = currentUser;
    this.initiators = initiators;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
        if (scope instanceof ProcessDefinitionImpl) {
          startEvent.addListener(ExecutionListener.EVENTNAME_START, overwriteFromSignedInUser());
        }
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task =
            ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, refuseChange());
      }
    });
  }

  private ExecutionListener overwriteFromSignedInUser() {
    return execution -> {
      boolean called = ((ExecutionEntity) execution).getProcessInstance().getSuperExecution() != null;
      if (!called) {
        currentUser.getObject().id().ifPresent(user ->
            execution.setVariable(RejectSelfApproval.INITIATOR, user));
      }
    };
  }

  private TaskListener refuseChange() {
    return (DelegateTask task) -> {
      DelegateExecution execution = task.getExecution();
      Object submitted = execution.getVariable(RejectSelfApproval.INITIATOR);
      String recorded = initiators.getObject().of(execution);
      if (submitted != null && recorded != null && !recorded.equals(submitted)) {
        throw new RuleViolation("Who started this request is recorded by the system and cannot"
            + " be changed.");
      }
    };
  }
}
