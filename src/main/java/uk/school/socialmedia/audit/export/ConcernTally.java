package uk.school.socialmedia.audit.export;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.audit.export.ExportProperties.Term;
import uk.school.socialmedia.audit.export.ProtectedCounts.Published;
import uk.school.socialmedia.concern.ConcernCategory;
import uk.school.socialmedia.concern.TriageDecision;

/**
 * Counts one school term's safeguarding concerns into fixed rows (every category, route, outcome,
 * state, time to acknowledge and clock of the model, zeros included, so that a row's presence
 * says nothing) and protects them ({@link ProtectedCounts}). Only tallies are kept while
 * reading, never a concern, its people or its words; only the published figures leave.
 */
@Component
class ConcernTally {

  /** One published figure: what is counted, the row, the figure. */
  record Row(String measure, String value, String figure) {}

  static final String TOTAL = "total";
  private static final String NOT_YET = "NOT_YET_TRIAGED";
  private static final String ACKNOWLEDGE = "Task_Acknowledge";

  private final HistoryService history;
  private final RepositoryService repository;
  private final DisclosureRules rules;
  private final int pageSize;

  ConcernTally(HistoryService history, RepositoryService repository, DisclosureRules rules,
      ExportProperties properties) {
    this.history = history;
    this.repository = repository;
    this.rules = rules;
    this.pageSize = properties.export().pageSize();
  }

  List<Row> count(Term term, ZoneId zone) {
    Date first = Date.from(term.first().atStartOfDay(zone).toInstant());
    Date last = Date.from(term.last().plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
    Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
    Map<String, Long> byCategory = zeros(names(ConcernCategory.values()), NOT_YET);
    Map<String, Long> byRoute = zeros(List.of(DisclosureRules.SAFEGUARDING_ROUTE,
        DisclosureRules.ABOUT_STAFF_OR_HEAD));
    Map<String, Long> byOutcome = zeros(names(TriageDecision.values()), NOT_YET);
    Map<String, Long> byState = zeros(List.of("OPEN", "CLOSED"));
    Map<String, Long> acknowledgedWithin = zeros(List.of("1 hour", "1 day", "3 days", "longer",
        "not acknowledged"));
    breakdowns.put("byCategory", byCategory);
    breakdowns.put("byRoute", byRoute);
    breakdowns.put("byOutcome", byOutcome);
    breakdowns.put("byState", byState);
    breakdowns.put("acknowledgedWithin", acknowledgedWithin);

    // how long each concern of the term took to be acknowledged the first time (a school has
    // few concerns a term: this map stays small)
    Map<String, Duration> firstAcknowledged = new HashMap<>();
    HistoryRecords.eachPage(history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(DisclosureRules.CONCERNS).taskDefinitionKey(ACKNOWLEDGE).finished()
        .startedAfter(first).orderByHistoricActivityInstanceStartTime().asc()
        .orderByTaskId().asc(), pageSize, (HistoricTaskInstance task) -> firstAcknowledged
            .putIfAbsent(task.getProcessInstanceId(), Duration.ofMillis(task.getDurationInMillis())));
    long total = 0;
    var instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DisclosureRules.CONCERNS).startedAfter(first).startedBefore(last)
        .orderByProcessInstanceId().asc();
    for (int from = 0; ; from += pageSize) {
      List<HistoricProcessInstance> page = instances.listPage(from, pageSize);
      total += page.size();
      tally(page, firstAcknowledged, byCategory, byRoute, byOutcome, byState, acknowledgedWithin);
      if (page.size() < pageSize) {
        break;
      }
    }

    Map<String, Long> clocksMissed = new TreeMap<>();
    timerNames().forEach(name -> clocksMissed.put(name, 0L));
    HistoryRecords.eachPage(history.createHistoricActivityInstanceQuery()
        .activityType("boundaryTimer").startedAfter(first).startedBefore(last), pageSize,
        timer -> {
          if (DisclosureRules.CONCERNS.equals(timer.getProcessDefinitionKey())) {
            clocksMissed.merge(timer.getActivityName(), 1L, Long::sum);
          }
        });

    ProtectedCounts counts = rules.counts();
    Published published = counts.protect(total, breakdowns);
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(TOTAL, TOTAL, published.total()));
    published.breakdowns().forEach((measure, figures) ->
        figures.forEach((value, figure) -> rows.add(new Row(measure, value, figure))));
    // clocks do not add up to the total (a concern may miss several): each stands alone
    clocksMissed.forEach((name, count) ->
        rows.add(new Row("clocksMissed", name, counts.count(count))));
    return rows;
  }

  private void tally(List<HistoricProcessInstance> page, Map<String, Duration> firstAcknowledged,
      Map<String, Long> byCategory,
      Map<String, Long> byRoute, Map<String, Long> byOutcome, Map<String, Long> byState,
      Map<String, Long> acknowledgedWithin) {
    if (page.isEmpty()) {
      return;
    }
    String[] ids = page.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, String>> choices = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn("category", "route", "decision").disableBinaryFetching().list()
        .forEach(variable -> choices.computeIfAbsent(variable.getProcessInstanceId(),
            id -> new HashMap<>()).put(variable.getName(), String.valueOf(variable.getValue())));
    for (HistoricProcessInstance concern : page) {
      Map<String, String> chosen = choices.getOrDefault(concern.getId(), Map.of());
      byCategory.merge(row(byCategory, chosen.get("category"), "OTHER"), 1L, Long::sum);
      byRoute.merge(DisclosureRules.routeRow(chosen.get("route")), 1L, Long::sum);
      byOutcome.merge(row(byOutcome, chosen.get("decision"), NOT_YET), 1L, Long::sum);
      byState.merge(concern.getEndTime() == null ? "OPEN" : "CLOSED", 1L, Long::sum);
      Duration took = firstAcknowledged.get(concern.getId());
      acknowledgedWithin.merge(took == null ? "not acknowledged"
          : took.compareTo(Duration.ofHours(1)) <= 0 ? "1 hour"
          : took.compareTo(Duration.ofDays(1)) <= 0 ? "1 day"
          : took.compareTo(Duration.ofDays(3)) <= 0 ? "3 days" : "longer", 1L, Long::sum);
    }
  }

  /** The concern's choice, the not-yet row when there is none, or a catch-all when unknown. */
  private static String row(Map<String, Long> rows, String chosen, String unknown) {
    if (chosen == null) {
      return NOT_YET;
    }
    return rows.containsKey(chosen) ? chosen : unknown;
  }

  /** Every timer of the concern model, so that each has its row even when it never ran out. */
  private List<String> timerNames() {
    var latest = repository.createProcessDefinitionQuery()
        .processDefinitionKey(DisclosureRules.CONCERNS).latestVersion().singleResult();
    if (latest == null) {
      return List.of();
    }
    return repository.getBpmnModelInstance(latest.getId())
        .getModelElementsByType(BoundaryEvent.class).stream()
        .filter(event -> !event.getChildElementsByType(TimerEventDefinition.class).isEmpty())
        .map(BoundaryEvent::getName).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static Map<String, Long> zeros(List<String> rows, String... more) {
    Map<String, Long> zeros = new LinkedHashMap<>();
    rows.forEach(row -> zeros.put(row, 0L));
    for (String row : more) {
      zeros.put(row, 0L);
    }
    return zeros;
  }
}
