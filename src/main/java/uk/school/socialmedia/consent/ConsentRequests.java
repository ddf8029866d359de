package uk.school.socialmedia.consent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * Starts {@value #PROCESS_KEY} for many learners at once, e.g. at the start of the school year:
 * one instance per learner, each refused or started on its own, as the signed-in user.
 */
@Service
public class ConsentRequests {

  public static final String PROCESS_KEY = "parental-consent";
  static final String RESPONSE_TASK = "Task_RecordResponse";

  /**
   * @param started the process instance started, per school reference
   * @param refused why no request was started, per school reference
   */
  public record Report(Map<String, String> started, Map<String, String> refused) {}

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final LearnerRepository learners;

  ConsentRequests(RuntimeService runtime, TaskService tasks, LearnerRepository learners) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.learners = learners;
  }

  /** Whether a request for the learner is waiting for the parents' written answer. */
  public boolean isWaitingForAnswer(String learnerReference) {
    return tasks.createTaskQuery()
        .processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(learnerReference)
        .taskDefinitionKey(RESPONSE_TASK).count() > 0;
  }

  /** One request per learner; every learner on the register when the collection is empty. */
  public Report start(Collection<String> learnerReferences) {
    Collection<String> references = learnerReferences.isEmpty()
        ? learners.findAll().stream().map(Learner::getReference).sorted().toList()
        : new LinkedHashSet<>(learnerReferences);
    Map<String, String> started = new LinkedHashMap<>();
    Map<String, String> refused = new LinkedHashMap<>();
    for (String reference : references) {
      try {
        started.put(reference, runtime.startProcessInstanceByKey(PROCESS_KEY, reference,
            Map.of(ConsentVariables.LEARNER, reference)).getId());
      } catch (ProcessEngineException e) {
        refused.put(reference, reason(e));
      }
    }
    return new Report(started, refused);
  }

  private static String reason(ProcessEngineException e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable cause = e; cause != null && !chain.contains(cause); cause = cause.getCause()) {
      if (cause instanceof RuleViolation violation) {
        return violation.getMessage();
      }
      chain.add(cause);
    }
    return e.getMessage();
  }
}
