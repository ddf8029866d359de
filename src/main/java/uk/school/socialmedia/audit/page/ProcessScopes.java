package uk.school.socialmedia.audit.page;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.ProcessAccess;

/**
 * The scopes a governor may choose: every process of the product (each feature declares its
 * {@link ProcessAccess}), shown by the name its diagram gives it. Names are read once at start,
 * with no user signed in, because governors have no grant on the process models themselves.
 */
@Component
class ProcessScopes {

  private final List<ProcessAccess> processes;
  private final RepositoryService repository;
  private volatile List<Scope> scopes = List.of();

  ProcessScopes(List<ProcessAccess> processes, RepositoryService repository) {
    this.processes = processes;
    this.repository = repository;
  }

  @EventListener(ApplicationReadyEvent.class)
  void readNames() {
    scopes = processes.stream().map(ProcessAccess::processKey).distinct()
        .map(key -> new Scope(key, nameOf(key)))
        .sorted(Comparator.comparing(Scope::name))
        .toList();
  }

  /** The choices, by name. */
  List<Scope> all() {
    return scopes;
  }

  Optional<Scope> find(String processKey) {
    return scopes.stream().filter(scope -> scope.key().equals(processKey)).findFirst();
  }

  /** How the page names a request's scope. */
  String describe(Optional<String> processKey) {
    return processKey.map(key -> find(key).map(Scope::name).orElse(key)).orElse("All processes");
  }

  private String nameOf(String key) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().singleResult();
    return latest == null || latest.getName() == null ? key : latest.getName();
  }

  record Scope(String key, String name) {}
}
