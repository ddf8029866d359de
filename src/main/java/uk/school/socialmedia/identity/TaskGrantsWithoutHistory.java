package uk.school.socialmedia.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.springframework.stereotype.Component;

/**
 * Being offered a task, or given it, lets a person work on that task, and nothing more. Camunda
 * also grants them READ on the task's history, and its history queries read every variable of
 * the task's process through that one grant, for good: every member of staff offered a post's
 * review would read the post's whole record, and whoever takes an image down would read the
 * withdrawing parent's details. So the engine's grants for tasks are the runtime ones only;
 * reading a record's history takes a grant on the record (its process, or the instance itself
 * for safeguarding records), as {@code docs/security.md} sets out.
 */
@Component
class TaskGrantsWithoutHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
      @Override
      protected boolean isHistoricInstancePermissionsEnabled() {
        return false; // for tasks only: instance grants are made by the features themselves
      }
    });
  }
}
