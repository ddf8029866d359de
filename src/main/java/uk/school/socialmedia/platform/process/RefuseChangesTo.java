package uk.school.socialmedia.platform.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * Values a task shows but must not change: what was recorded earlier (a reporter's words, the
 * record a task acts on) stays as recorded, however the task is completed (Tasklist, REST or the
 * Java API). A {@code complete} task listener, first among the task's complete listeners:
 *
 * <pre>
 * &lt;camunda:taskListener event="complete" expression="${refuseChangesTo.fields(task, 'postId,postUrl')}" /&gt;
 * </pre>
 *
 * <p>A completion writes its variables before the listeners run and the database only when the
 * step is saved, so the value before this step is the last one the history (level FULL) holds
 * for the same variable instance. A value that differs from it, or a variable that this
 * completion created, is refused: the step is rolled back and the caller gets HTTP 400.
 */
@Component("refuseChangesTo")
public class RefuseChangesTo {

  private final HistoryService history;

  RefuseChangesTo(HistoryService history) {
    this.history = history;
  }

  /** The names, separated by commas, of the variables the task may not change. */
  public void fields(DelegateTask task, String names) {
    fields(task, Arrays.stream(names.split(",")).map(String::trim)
        .filter(name -> !name.isEmpty()).toList());
  }

  public void fields(DelegateTask task, Collection<String> names) {
    List<String> changed = new ArrayList<>();
    for (String name : names) {
      if (((AbstractVariableScope) task).getVariableInstance(name)
          instanceof VariableInstanceEntity variable && isChangedInThisStep(variable)) {
        changed.add(name);
      }
    }
    if (!changed.isEmpty()) {
      throw new RuleViolation("'" + task.getName() + "' cannot change what was recorded "
          + "earlier: " + String.join(", ", changed) + ". Please send only the fields you may "
          + "fill in.");
    }
  }

  private boolean isChangedInThisStep(VariableInstanceEntity variable) {
    List<HistoricDetail> before = Context.getCommandContext().runWithoutAuthorization(
        () -> history.createHistoricDetailQuery().variableInstanceId(variable.getId())
            .variableUpdates().orderPartiallyByOccurrence().desc().listPage(0, 1));
    return before.isEmpty()
        || !Objects.equals(((HistoricVariableUpdate) before.get(0)).getValue(),
            variable.getValue());
  }
}
