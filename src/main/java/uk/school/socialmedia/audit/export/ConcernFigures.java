package uk.school.socialmedia.audit.export;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.audit.export.DisclosureRules.Kind;

/**
 * Safeguarding concerns as governors may see them (issue 9, point 2): counts by month, category,
 * route, outcome and state, how soon they were acknowledged and which clocks ran out, each
 * breakdown suppressed by {@link DisclosureRules#suppress}. Only tallies are kept while reading,
 * never a concern, its people or its words.
 */
@Component
class ConcernFigures {

  private static final String ACKNOWLEDGE = "Task_Acknowledge";
  private static final String TOTAL = "total";

  private final HistoryService history;
  private final DisclosureRules rules;

  ConcernFigures(HistoryService history, DisclosureRules rules) {
    this.history = history;
    this.rules = rules;
  }

  private static final class Tally {
    final Map<String, Long> byMonth = new TreeMap<>();
    final Map<String, Long> byCategory = new TreeMap<>();
    final Map<String, Long> byRoute = new TreeMap<>();
    final Map<String, Long> byOutcome = new TreeMap<>();
    final Map<String, Long> byState = new TreeMap<>();
    final Map<String, Long> acknowledgedWithin = new LinkedHashMap<>();
    final Map<String, Long> clocksMissed = new TreeMap<>();
    long acknowledgedMinutes;

    Tally() {
      for (String bucket : List.of("1 hour", "1 day", "3 days", "longer")) {
        acknowledgedWithin.put(bucket, 0L);
      }
    }
  }

  void write(ExportScope scope, RecordWriter out, PackFigures figures, int pageSize,
      ZoneId zone) {
    out.begin(Kind.CONCERN_FIGURES);
    if (!scope.includes(DisclosureRules.CONCERNS)) {
      return;
    }
    Tally tally = new Tally();
    tallyConcerns(tally, scope, pageSize, zone);
    HistoryRecords.eachPage(history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(DisclosureRules.CONCERNS).taskDefinitionKey(ACKNOWLEDGE)
        .finished().startedAfter(scope.firstMoment()).startedBefore(scope.lastMoment()),
        pageSize, task -> {
          Duration took = Duration.ofMillis(task.getDurationInMillis());
          tally.acknowledgedMinutes += took.toMinutes();
          String bucket = took.compareTo(Duration.ofHours(1)) <= 0 ? "1 hour"
              : took.compareTo(Duration.ofDays(1)) <= 0 ? "1 day"
              : took.compareTo(Duration.ofDays(3)) <= 0 ? "3 days" : "longer";
          tally.acknowledgedWithin.merge(bucket, 1L, Long::sum);
        });
    HistoryRecords.eachPage(history.createHistoricActivityInstanceQuery()
        .activityType("boundaryTimer")
        .startedAfter(scope.firstMoment()).startedBefore(scope.lastMoment()), pageSize,
        timer -> {
          if (DisclosureRules.CONCERNS.equals(timer.getProcessDefinitionKey())) {
            tally.clocksMissed.merge(timer.getActivityName(), 1L, Long::sum);
          }
        });

    emit(out, figures, "byMonth", tally.byMonth);
    emit(out, figures, "byCategory", tally.byCategory);
    emit(out, figures, "byRoute", tally.byRoute);
    emit(out, figures, "byOutcome", tally.byOutcome);
    emit(out, figures, "byState", tally.byState);
    emit(out, figures, "acknowledgedWithin", tally.acknowledgedWithin);
    long acknowledged = tally.acknowledgedWithin.values().stream().mapToLong(Long::longValue).sum();
    if (acknowledged > 0) {
      String mean = acknowledged < rules.threshold() ? rules.suppressed()
          : String.format("%.1f", tally.acknowledgedMinutes / 60.0 / acknowledged);
      row(out, figures, "meanHoursToAcknowledge", TOTAL, mean);
    }
    emit(out, figures, "clocksMissed", tally.clocksMissed);
  }

  private static void count(Tally tally, HistoricProcessInstance concern, ZoneId zone) {
    tally.byMonth.merge(YearMonth.from(concern.getStartTime().toInstant().atZone(zone)).toString(),
        1L, Long::sum);
    tally.byState.merge(concern.getEndTime() == null ? "OPEN" : "CLOSED", 1L, Long::sum);
  }

  /** Month, state, category, route and triage decision of each concern, a page at a time. */
  private void tallyConcerns(Tally tally, ExportScope scope, int pageSize, ZoneId zone) {
    var instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DisclosureRules.CONCERNS)
        .startedAfter(scope.firstMoment()).startedBefore(scope.lastMoment());
    for (int first = 0; ; first += pageSize) {
      List<HistoricProcessInstance> page = instances.listPage(first, pageSize);
      if (page.isEmpty()) {
        return;
      }
      Map<String, Map<String, String>> choices = new HashMap<>();
      history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(page.stream().map(HistoricProcessInstance::getId)
              .toArray(String[]::new))
          .variableNameIn("category", "route", "decision").disableBinaryFetching().list()
          .forEach(variable -> choices.computeIfAbsent(variable.getProcessInstanceId(),
              id -> new HashMap<>()).put(variable.getName(), String.valueOf(variable.getValue())));
      for (HistoricProcessInstance concern : page) {
        count(tally, concern, zone);
        Map<String, String> chosen = choices.getOrDefault(concern.getId(), Map.of());
        tally.byCategory.merge(chosen.getOrDefault("category", "NOT_YET_TRIAGED"), 1L, Long::sum);
        tally.byRoute.merge(chosen.getOrDefault("route", "NOT_YET_ROUTED"), 1L, Long::sum);
        tally.byOutcome.merge(chosen.getOrDefault("decision", "NOT_YET_TRIAGED"), 1L, Long::sum);
      }
      if (page.size() < pageSize) {
        return;
      }
    }
  }

  private void emit(RecordWriter out, PackFigures figures, String measure,
      Map<String, Long> breakdown) {
    if (breakdown.values().stream().allMatch(count -> count == 0)) {
      return;
    }
    rules.suppress(breakdown, TOTAL).forEach((value, figure) ->
        row(out, figures, measure, value, figure));
  }

  private static void row(RecordWriter out, PackFigures figures, String measure, String value,
      String figure) {
    out.write(Kind.CONCERN_FIGURES, measure, value, figure);
    figures.concernFigures.add(List.of(measure, value, figure));
  }
}
