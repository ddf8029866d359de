package uk.school.socialmedia.platform.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** The one way the product's engine plugins add their command interceptors. */
public final class EngineInterceptors {

  private EngineInterceptors() {}

  /**
   * Runs around every engine command before the engine opens its transaction and command
   * context: a call that is nested inside another command sees one already open.
   */
  public static void aroundEveryCommand(ProcessEngineConfigurationImpl configuration,
      CommandInterceptor interceptor) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(interceptor);
  }

  /** Runs inside every engine command, within its transaction and command context. */
  public static void insideEveryCommand(ProcessEngineConfigurationImpl configuration,
      CommandInterceptor interceptor) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(interceptor);
  }
}
