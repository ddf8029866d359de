package uk.school.socialmedia.exception;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.DemoData;

/** In demo mode: Bob's request (a family relationship) waits for the DSL's discussion. */
@Component
class ExceptionDemoData implements DemoData {

  static final String BUSINESS_KEY = "demo-exception-bob";

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;

  ExceptionDemoData(RuntimeService runtime, HistoryService history, IdentityService identity) {
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
  }

  @Override
  public void seed() {
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY)
        .processDefinitionKey(ExceptionAccess.PROCESS_KEY).count() > 0) {
      return;
    }
    // started as Bob with his groups, so the engine records him as the requester and checks
    // his permission to ask
    identity.setAuthentication("bob", identity.createGroupQuery().groupMember("bob").list()
        .stream().map(Group::getId).toList());
    try {
      runtime.startProcessInstanceByKey(ExceptionAccess.PROCESS_KEY, BUSINESS_KEY, Map.of(
          "kind", ExceptionKind.PRE_EXISTING_RELATIONSHIP.name(),
          "concernsRole", ConcernedPerson.PARENT_OR_CARER.name(),
          "concernsReference", "Parent of Y4 learner A1042",
          "reason", "The parent is my sister; we are friends on a personal account.",
          "safeguards", "No school matters discussed; anything about school goes through the "
              + "office.",
          "requestedMonths", 12));
    } finally {
      identity.clearAuthentication();
    }
  }
}
