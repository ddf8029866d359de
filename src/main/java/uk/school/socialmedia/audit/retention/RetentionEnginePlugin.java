package uk.school.socialmedia.audit.retention;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Gives the engine the school's removal times ({@link RetentionRemovalTimes}). */
@Component
class RetentionEnginePlugin extends AbstractProcessEnginePlugin {

  private final RetentionRemovalTimes removalTimes;

  RetentionEnginePlugin(RetentionRemovalTimes removalTimes) {
    this.removalTimes = removalTimes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryRemovalTimeProvider(removalTimes);
  }
}
