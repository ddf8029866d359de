package uk.school.socialmedia.platform.security;

import uk.school.socialmedia.platform.process.EngineInterceptors;
import java.util.List;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionStatisticsEntity;
import org.springframework.beans.DirectFieldAccessor;
import org.springframework.stereotype.Component;

/**
 * Per-process statistics ({@code /process-definition/statistics} on /engine-rest and on the
 * webapps' engine API, which Cockpit uses) count only the instances, failed jobs and incidents
 * the signed-in user may read ({@link ReadableCounts}). Calls without a signed-in user (the
 * product itself) keep the engine's counts.
 */
@Component
class StatisticsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineInterceptors.aroundEveryCommand(configuration, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (command instanceof ProcessDefinitionStatisticsQueryImpl query
            && result instanceof List<?> statistics
            && configuration.isAuthorizationEnabled()
            && configuration.getIdentityService().getCurrentAuthentication() != null) {
          recount(query, statistics, new ReadableCounts(configuration.getRuntimeService(),
              configuration.getManagementService()));
        }
        return result;
      }
    });
  }

  private static void recount(ProcessDefinitionStatisticsQueryImpl query, List<?> statistics,
      ReadableCounts counts) {
    var options = new DirectFieldAccessor(query);
    String onlyType = (String) options.getPropertyValue("includeIncidentsForType");
    boolean rootCausesOnly = (Boolean) options.getPropertyValue("includeRootIncidents");
    for (Object row : statistics) {
      var definition = (ProcessDefinitionStatisticsEntity) row;
      definition.setInstances(counts.instances(definition.getId()));
      if (query.isFailedJobsToInclude()) {
        definition.setFailedJobs(counts.failedJobs(definition.getId()));
      }
      if (query.isIncidentsToInclude()) {
        definition.setIncidentStatistics(
            counts.incidents(definition.getId(), onlyType, rootCausesOnly));
      }
    }
  }
}
