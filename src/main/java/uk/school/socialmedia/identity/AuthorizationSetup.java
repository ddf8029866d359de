package uk.school.socialmedia.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The baseline authorization model of docs/security.md, applied at every start. It only ever
 * adds GRANTs (never REVOKEs) and is idempotent: a grant that exists is left as it is.
 */
@Component
public class AuthorizationSetup {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationSetup.class);

  /** Shared Tasklist filters: name, description, query. */
  private record SharedFilter(String name, String description, int priority, TaskQuery query) {}

  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final List<ProcessAccess> processAccess;

  AuthorizationSetup(AuthorizationService authorizations, FilterService filters, TaskService tasks,
      List<ProcessAccess> processAccess) {
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.processAccess = processAccess;
  }

  void apply() {
    for (String group : SchoolGroup.tasklistUsers()) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // names of colleagues in task lists, and choosing whom to assign or delegate to
      grant(group, Resources.USER, "*", Permissions.READ);
      grant(group, Resources.GROUP, "*", Permissions.READ);
    }
    for (String group : SchoolGroup.cockpitUsers()) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }
    for (ProcessAccess access : processAccess) {
      for (String group : access.starters()) {
        grant(group, Resources.PROCESS_DEFINITION, access.processKey(),
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      }
      for (String group : access.overseers()) {
        grant(group, Resources.PROCESS_DEFINITION, access.processKey(),
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY);
      }
    }
    technicalAdministration();
    breakGlass();
    sharedFilters().forEach(this::ensureFilter);
    withdrawTaskHistoryGrants();
  }

  /** Made by the engine before {@link TaskGrantsWithoutHistory}; each read a whole record. */
  private void withdrawTaskHistoryGrants() {
    authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  /**
   * The technical administrator's explicit grants: users, groups, memberships, grants,
   * deployments, and retrying failed jobs, in Admin and Cockpit. No READ_INSTANCE, READ_TASK or
   * READ_HISTORY anywhere, so no instance, variable, task or history of any process.
   */
  private void technicalAdministration() {
    String itAdmin = SchoolGroup.IT_ADMIN.id();
    grant(itAdmin, Resources.APPLICATION, "admin", Permissions.ACCESS);
    grant(itAdmin, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    for (Resource resource : List.of(Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP,
        Resources.AUTHORIZATION, Resources.DEPLOYMENT)) {
      grant(itAdmin, resource, "*", Permissions.ALL);
    }
    grant(itAdmin, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.RETRY_JOB);
    grant(itAdmin, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.RETRY_JOB);
    grant(itAdmin, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(itAdmin, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
  }

  /**
   * Emergency access, for when the DSL and the deputy cannot be reached: members read every
   * process's instances, tasks and history (Cockpit and REST), but change nothing. Every request
   * a member makes is recorded and the Head and the DSL are told (identity.BreakGlassRecord).
   */
  private void breakGlass() {
    String breakGlass = SchoolGroup.BREAK_GLASS.id();
    grant(breakGlass, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(breakGlass, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY);
  }

  private List<SharedFilter> sharedFilters() {
    return List.of(
        new SharedFilter("My tasks", "Tasks assigned to me", -10,
            tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
        new SharedFilter("My groups' tasks", "Unclaimed tasks offered to me or my groups", 0,
            tasks.createTaskQuery()
                .or()
                .taskCandidateUserExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .endOr()
                .taskUnassigned()),
        new SharedFilter("Overdue", "My tasks past their due date", 10,
            tasks.createTaskQuery()
                .taskAssigneeExpression("${currentUser()}")
                .dueBeforeExpression("${now()}")));
  }

  private void ensureFilter(SharedFilter shared) {
    Filter filter = filters.createFilterQuery().filterName(shared.name()).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(shared.name())
          .setQuery(shared.query())
          .setProperties(Map.of(
              "description", shared.description(),
              "priority", shared.priority(),
              "refresh", true));
      filters.saveFilter(filter);
      log.info("Created shared Tasklist filter '{}'", shared.name());
    }
    for (String group : SchoolGroup.tasklistUsers()) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  /** Adds a GRANT of the given permissions unless the group already holds all of them. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    Authorization grant = existing != null ? existing
        : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing != null
        && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
      return;
    }
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
