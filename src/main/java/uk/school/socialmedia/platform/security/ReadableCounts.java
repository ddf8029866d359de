package uk.school.socialmedia.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * Counts of running instances, failed jobs and incidents made of authorization-checked queries,
 * so each counts only what the signed-in user may read (per instance for concerns and account
 * exceptions, per process elsewhere). Camunda's per-process statistics count every instance of a
 * process one may merely see the model of, which told staff how many concerns exist.
 */
class ReadableCounts {

  /** One incident type and how many readable incidents have it. */
  record Incidents(String incidentType, int incidentCount) implements IncidentStatistics {
    @Override
    public String getIncidentType() {
      return incidentType;
    }

    @Override
    public int getIncidentCount() {
      return incidentCount;
    }
  }

  private final RuntimeService runtime;
  private final ManagementService management;

  ReadableCounts(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  int instances(String processDefinitionId) {
    return (int) runtime.createProcessInstanceQuery().processDefinitionId(processDefinitionId)
        .count();
  }

  int instancesOfKey(String processDefinitionKey) {
    return (int) runtime.createProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
        .count();
  }

  int failedJobs(String processDefinitionId) {
    return (int) management.createJobQuery().processDefinitionId(processDefinitionId)
        .noRetriesLeft().count();
  }

  int incidentsOfKey(String processDefinitionKey) {
    return (int) runtime.createIncidentQuery().processDefinitionKeyIn(processDefinitionKey).count();
  }

  /** Readable incidents by type, of the given types only when a type is given. */
  List<IncidentStatistics> incidents(String processDefinitionId, String onlyType,
      boolean rootCausesOnly) {
    var query = runtime.createIncidentQuery().processDefinitionId(processDefinitionId);
    if (onlyType != null) {
      query.incidentType(onlyType);
    }
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (Incident incident : query.list()) {
      if (!rootCausesOnly || incident.getId().equals(incident.getRootCauseIncidentId())) {
        byType.merge(incident.getIncidentType(), 1, Integer::sum);
      }
    }
    return byType.entrySet().stream()
        .<IncidentStatistics>map(e -> new Incidents(e.getKey(), e.getValue()))
        .toList();
  }
}
