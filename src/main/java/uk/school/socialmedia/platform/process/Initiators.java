package uk.school.socialmedia.platform.process;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Who started a piece of work: the user Camunda recorded as the start user of the outermost
 * process (the one a person started; called processes belong to it). Read from history, which no
 * API can change, rather than from the {@value RejectSelfApproval#INITIATOR} variable, which a
 * task's submitter could try to overwrite.
 */
@Component
public class Initiators {

  private final HistoryService history;

  Initiators(HistoryService history) {
    this.history = history;
  }

  public String of(DelegateExecution execution) {
    ExecutionEntity entity = (ExecutionEntity) execution;
    String rootId = entity.getRootProcessInstanceId();
    HistoricProcessInstance root = history.createHistoricProcessInstanceQuery()
        .processInstanceId(rootId).singleResult();
    if (root != null && root.getStartUserId() != null) {
      return root.getStartUserId();
    }
    // started in this very transaction (not yet in history) or by the system: no task has been
    // completed since, so the variable is still as the start set it
    ExecutionEntity top = entity.getProcessInstance();
    while (top.getSuperExecution() != null) {
      top = top.getSuperExecution().getProcessInstance();
    }
    return (String) top.getVariable(RejectSelfApproval.INITIATOR);
  }
}
