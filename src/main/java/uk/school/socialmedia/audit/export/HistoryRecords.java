package uk.school.socialmedia.audit.export;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.query.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.audit.export.DisclosureRules.Kind;

/**
 * The engine's history for one export, page by page: instances, tasks, variable updates,
 * identity-link changes, the user operation log, incidents and clocks that ran out. Queries keep
 * the engine's default order (by id), so pages never overlap. Concerns are skipped here: they
 * leave only as {@link ConcernFigures}.
 */
@Component
class HistoryRecords {

  private final HistoryService history;
  private final DisclosureRules rules;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  HistoryRecords(HistoryService history, DisclosureRules rules, DataSource dataSource,
      Clock clock) {
    this.history = history;
    this.jdbc = new JdbcTemplate(dataSource);
    this.rules = rules;
    this.clock = clock;
  }

  /** How many records the history holds for the scope, at most (for the progress figure). */
  long count(ExportScope scope) {
    return instances(scope).count() + tasks(scope).count() + variableUpdates(scope).count()
        + identityLinks(scope).count() + operations(scope).count() + incidents(scope).count()
        + timers(scope).count();
  }

  void write(ExportScope scope, RecordWriter out, PackFigures figures, int pageSize) {
    Unnamed unnamed = unnamed(pageSize);
    out.begin(Kind.PROCESS_INSTANCES);
    eachPage(instances(scope), pageSize, instance -> {
      String key = instance.getProcessDefinitionKey();
      if (rules.disclosesRecordsOf(key) && !unnamed.withheld(instance.getId())) {
        figures.started(key, instance.getStartTime().toInstant());
        out.write(Kind.PROCESS_INSTANCES, instance.getId(), key,
            instance.getProcessDefinitionVersion(), instance.getStartTime(),
            instance.getEndTime(), instance.getState(),
            rules.starter(key, instance.getStartUserId()));
      }
    });

    out.begin(Kind.TASKS);
    Instant now = clock.instant();
    eachPage(tasks(scope), pageSize, task -> {
      String key = task.getProcessDefinitionKey();
      if (rules.disclosesRecordsOf(key) && !unnamed.withheld(task.getProcessInstanceId())) {
        figures.task(key, task.getTaskDefinitionKey(), task.getStartTime().toInstant(),
            instant(task.getDueDate()), instant(task.getEndTime()), now);
        out.write(Kind.TASKS, task.getId(), task.getProcessInstanceId(), key,
            task.getTaskDefinitionKey(), task.getName(), task.getStartTime(), task.getDueDate(),
            task.getEndTime(), outcome(task), unnamed.person(task.getProcessInstanceId(),
                rules.assignee(key, task.getAssignee())));
      }
    });

    out.begin(Kind.VARIABLE_UPDATES);
    eachPage(variableUpdates(scope), pageSize, (HistoricDetail detail) -> {
      String key = detail.getProcessDefinitionKey();
      if (detail instanceof HistoricVariableUpdate update && scope.includes(key)
          && rules.disclosesVariable(key, update.getVariableName())
          && !unnamed.withheld(update.getProcessInstanceId())) {
        out.write(Kind.VARIABLE_UPDATES, update.getId(), update.getTime(),
            update.getProcessInstanceId(), key, update.getTaskId(), update.getUserOperationId(),
            update.getVariableName(),
            RecordWriter.plain(update.getValue()));
      }
    });

    out.begin(Kind.IDENTITY_LINKS);
    eachPage(identityLinks(scope), pageSize, link -> {
      String key = link.getProcessDefinitionKey();
      String instance = unnamed.instanceOf(link.getTaskId());
      if (rules.disclosesRecordsOf(key) && !unnamed.withheld(instance)) {
        out.write(Kind.IDENTITY_LINKS, link.getTime(), key, link.getTaskId(), link.getType(),
            link.getOperationType(),
            unnamed.person(instance, rules.linkUser(link.getType(), link.getUserId())),
            link.getGroupId(), unnamed.person(instance, link.getAssignerId()));
      }
    });

    out.begin(Kind.OPERATIONS);
    eachPage(operations(scope), pageSize, entry -> {
      String key = entry.getProcessDefinitionKey();
      // administrative operations outside any process (users, groups, grants, deployments,
      // jobs): whoever did one is named, as the act itself is the record
      boolean administrative = key == null && entry.getProcessInstanceId() == null
          && scope.processKey() == null;
      if (administrative
          || rules.disclosesRecordsOf(key) && !unnamed.withheld(entry.getProcessInstanceId())) {
        out.write(Kind.OPERATIONS, entry.getTimestamp(), entry.getOperationId(),
            administrative ? entry.getUserId()
                : unnamed.person(entry.getProcessInstanceId(), entry.getUserId()),
            entry.getOperationType(), entry.getEntityType(),
            entry.getCategory(), key, entry.getProcessInstanceId(), entry.getTaskId(),
            entry.getProperty(), rules.operationValue(entry.getProperty(), entry.getNewValue()));
      }
    });

    out.begin(Kind.INCIDENTS);
    eachPage(incidents(scope), pageSize, incident -> {
      String key = incident.getProcessDefinitionKey();
      if (rules.disclosesRecordsOf(key) && !unnamed.withheld(incident.getProcessInstanceId())) {
        out.write(Kind.INCIDENTS, incident.getId(), incident.getCreateTime(),
            incident.getEndTime(), state(incident), incident.getIncidentType(), key,
            incident.getProcessInstanceId(), incident.getActivityId());
      }
    });

    out.begin(Kind.ESCALATIONS);
    eachPage(timers(scope), pageSize, timer -> {
      String key = timer.getProcessDefinitionKey();
      if (scope.includes(key) && rules.disclosesRecordsOf(key)
          && !unnamed.withheld(timer.getProcessInstanceId())) {
        figures.escalation(key);
        out.write(Kind.ESCALATIONS, timer.getStartTime(), key, timer.getProcessInstanceId(),
            timer.getActivityId(), timer.getActivityName());
      }
    });
  }

  /**
   * People an export must not name and records it must not show one by one: the requester of
   * an account exception (who started it), wherever they appear (they also complete its review
   * task and set off its first task), and every record of a post stopped by a concern, which
   * would tie its author and reviewer to that concern. A school has few of either.
   */
  private record Unnamed(Map<String, String> starters, Map<String, String> instanceByTask,
      Set<String> stoppedPosts) {

    boolean withheld(String processInstanceId) {
      return processInstanceId != null && stoppedPosts.contains(processInstanceId);
    }

    String person(String processInstanceId, String userId) {
      return userId != null && processInstanceId != null
          && userId.equals(starters.get(processInstanceId)) ? null : userId;
    }

    String instanceOf(String taskId) {
      return taskId == null ? null : instanceByTask.get(taskId);
    }
  }

  private Unnamed unnamed(int pageSize) {
    Map<String, String> starters = new HashMap<>();
    Map<String, String> instanceByTask = new HashMap<>();
    Set<String> stoppedPosts = new HashSet<>(jdbc.queryForList(
        "select process_instance_id from post where status = 'STOPPED'", String.class));
    for (String key : rules.processesWithUnnamedStarters()) {
      eachPage(history.createHistoricProcessInstanceQuery().processDefinitionKey(key)
          .orderByProcessInstanceId().asc(), pageSize,
          instance -> starters.put(instance.getId(), instance.getStartUserId()));
      eachPage(history.createHistoricTaskInstanceQuery().processDefinitionKey(key)
          .orderByTaskId().asc(), pageSize,
          task -> instanceByTask.put(task.getId(), task.getProcessInstanceId()));
    }
    stoppedPosts.forEach(post -> history.createHistoricTaskInstanceQuery()
        .processInstanceId(post).list()
        .forEach(task -> instanceByTask.put(task.getId(), post)));
    return new Unnamed(starters, instanceByTask, stoppedPosts);
  }

  /** Reads the query a page at a time; memory holds one page. */
  static <T> void eachPage(Query<?, T> query, int pageSize, Consumer<? super T> each) {
    for (int first = 0; ; first += pageSize) {
      List<T> page = query.listPage(first, pageSize);
      page.forEach(each);
      if (page.size() < pageSize) {
        return;
      }
    }
  }

  private org.camunda.bpm.engine.history.HistoricProcessInstanceQuery instances(
      ExportScope scope) {
    var query = history.createHistoricProcessInstanceQuery()
        .startedAfter(scope.firstMoment()).startedBefore(scope.lastMoment());
    return scope.processKey() == null ? query : query.processDefinitionKey(scope.processKey());
  }

  private org.camunda.bpm.engine.history.HistoricTaskInstanceQuery tasks(ExportScope scope) {
    var query = history.createHistoricTaskInstanceQuery()
        .startedAfter(scope.firstMoment()).startedBefore(scope.lastMoment());
    return scope.processKey() == null ? query : query.processDefinitionKey(scope.processKey());
  }

  private org.camunda.bpm.engine.history.HistoricDetailQuery variableUpdates(ExportScope scope) {
    return history.createHistoricDetailQuery().variableUpdates()
        .occurredAfter(scope.firstMoment()).occurredBefore(scope.lastMoment())
        .disableBinaryFetching().disableCustomObjectDeserialization();
  }

  private org.camunda.bpm.engine.history.HistoricIdentityLinkLogQuery identityLinks(
      ExportScope scope) {
    var query = history.createHistoricIdentityLinkLogQuery()
        .dateAfter(scope.firstMoment()).dateBefore(scope.lastMoment());
    return scope.processKey() == null ? query : query.processDefinitionKey(scope.processKey());
  }

  private org.camunda.bpm.engine.history.UserOperationLogQuery operations(ExportScope scope) {
    var query = history.createUserOperationLogQuery()
        .afterTimestamp(scope.justBefore()).beforeTimestamp(scope.justAfter());
    return scope.processKey() == null ? query : query.processDefinitionKey(scope.processKey());
  }

  private org.camunda.bpm.engine.history.HistoricIncidentQuery incidents(ExportScope scope) {
    var query = history.createHistoricIncidentQuery()
        .createTimeAfter(scope.justBefore()).createTimeBefore(scope.justAfter());
    return scope.processKey() == null ? query : query.processDefinitionKey(scope.processKey());
  }

  /** Boundary timers exist in history only once they have fired: each is a clock that ran out. */
  org.camunda.bpm.engine.history.HistoricActivityInstanceQuery timers(ExportScope scope) {
    return history.createHistoricActivityInstanceQuery().activityType("boundaryTimer")
        .startedAfter(scope.firstMoment()).startedBefore(scope.lastMoment());
  }

  private static String outcome(HistoricTaskInstance task) {
    if (task.getEndTime() == null) {
      return "OPEN";
    }
    return "completed".equals(task.getDeleteReason()) ? "COMPLETED" : "CANCELLED";
  }

  private static String state(HistoricIncident incident) {
    return incident.isOpen() ? "OPEN" : incident.isResolved() ? "RESOLVED" : "DELETED";
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
