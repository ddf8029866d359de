package uk.school.socialmedia.platform.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByDefinitionIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByInstanceIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBulkCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.springframework.stereotype.Component;

/**
 * Engine calls that would let a person step around the processes: start part-way through, move
 * an instance to another step, restart or migrate it, write its variables directly, send it the
 * messages and signals the product sends, fire a timer early or move it, suspend its clocks,
 * change or remove its history. Refused (HTTP 403 with the reason) whenever a signed-in user
 * asks for them directly, through either REST surface (/engine-rest and the webapps' own API)
 * or the Java API, whatever their grants. Administrators included: the technical administrator
 * may retry failed jobs (set retries) and resolve incidents, nothing more.
 *
 * <p>The product's own steps still do these things: a delegate or listener runs inside the
 * user's engine call (a nested command), and the product's services act with the engine's own
 * rights after checking the user's role ({@link ActingForUser}). Only the outermost call of a
 * signed-in user is checked.
 */
@Component
public class EngineCallRules extends AbstractProcessEnginePlugin {

  private static final String STEPS = "Every step of the school's processes is taken through"
      + " its own task or form, so that the record shows who did what and why: ";

  private final Map<Class<?>, String> refused = new LinkedHashMap<>();
  private ProcessEngineConfigurationImpl configuration;

  public EngineCallRules() {
    refuse(STEPS + "a process cannot be started part-way through.",
        StartProcessInstanceAtActivitiesCmd.class);
    refuse(STEPS + "a process cannot be moved to another step, restarted or migrated.",
        ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
        AbstractModificationCmd.class, AbstractRestartProcessInstanceCmd.class,
        RestartProcessInstancesBatchCmd.class, AbstractMigrationCmd.class);
    refuse(STEPS + "values are given by completing a task with its form, not written directly.",
        AbstractVariableCmd.class, AbstractPatchVariablesCmd.class,
        SetVariablesToProcessInstancesBatchCmd.class);
    refuse(STEPS + "messages, signals and conditions are sent by the processes themselves.",
        AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class,
        MessageEventReceivedCmd.class, SignalCmd.class, SignalEventReceivedCmd.class,
        EvaluateStartConditionCmd.class);
    refuse(STEPS + "reminders, escalations and deadlines run on their own clock; a failed job"
            + " is retried by setting its retries.",
        ExecuteJobsCmd.class, SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class,
        AbstractSetJobStateCmd.class, AbstractSetJobDefinitionStateCmd.class);
    refuse(STEPS + "processes cannot be suspended, which would stop their clocks.",
        AbstractSetProcessInstanceStateCmd.class, AbstractSetProcessDefinitionStateCmd.class,
        AbstractUpdateProcessInstancesSuspendStateCmd.class);
    refuse("History is the school's audit record: how long it is kept is decided by the"
            + " retention rules, and it is removed only by the nightly clean-up.",
        SetRemovalTimeToHistoricProcessInstancesCmd.class,
        SetRemovalTimeToHistoricDecisionInstancesCmd.class,
        SetRemovalTimeToHistoricBatchesCmd.class,
        UpdateProcessDefinitionHistoryTimeToLiveCmd.class,
        UpdateDecisionDefinitionHistoryTimeToLiveCmd.class,
        DeleteHistoricProcessInstancesCmd.class, DeleteHistoricProcessInstancesBatchCmd.class,
        DeleteHistoricTaskInstanceCmd.class, DeleteHistoricVariableInstanceCmd.class,
        DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class,
        DeleteHistoricDecisionInstanceByDefinitionIdCmd.class,
        DeleteHistoricDecisionInstanceByInstanceIdCmd.class,
        DeleteHistoricDecisionInstancesBatchCmd.class,
        DeleteHistoricDecisionInstancesBulkCmd.class, DeleteUserOperationLogEntryCmd.class,
        // a deployment "with cascade" takes every instance of its processes and their history
        DeleteDeploymentCmd.class);
  }

  private void refuse(String reason, Class<?>... commands) {
    for (Class<?> command : commands) {
      refused.put(command, reason);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    EngineInterceptors.aroundEveryCommand(configuration, new Guard());
  }

  /** Why this call is refused to a signed-in user, or null when it is allowed. */
  String refusal(Command<?> command) {
    for (Map.Entry<Class<?>, String> entry : refused.entrySet()) {
      if (entry.getKey().isInstance(command)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** Runs before the engine opens its command context, so it sees only outermost calls. */
  private final class Guard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() == null) {
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        String reason = user == null ? null : refusal(command);
        if (reason != null) {
          throw new AuthorizationException(reason);
        }
      }
      return next.execute(command);
    }
  }
}
