package uk.school.socialmedia.identity;

import java.util.Set;

/**
 * Who may start one process and who may oversee its instances (Cockpit, history). Each feature
 * package declares one as a bean; {@link AuthorizationSetup} turns them into Camunda grants.
 * Working on a task needs no grant here: the engine grants its assignee and candidates.
 *
 * @param processKey the BPMN process id (public contract)
 * @param starters groups that may start it from Tasklist or REST
 * @param overseers groups that may read its instances and their history
 */
public record ProcessAccess(String processKey, Set<String> starters, Set<String> overseers) {

  public ProcessAccess {
    starters = Set.copyOf(starters);
    overseers = Set.copyOf(overseers);
  }
}
