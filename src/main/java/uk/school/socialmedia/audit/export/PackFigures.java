package uk.school.socialmedia.audit.export;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.school.socialmedia.audit.export.DisclosureRules.Kind;

/**
 * The governors' pack's figures, gathered while the records are written: small totals per month,
 * process and version, never the records themselves, so they stay small however long the period.
 */
final class PackFigures {

  /** The tasks in which someone agrees to a request (their turnaround is an approval's). */
  static final Set<String> APPROVAL_TASKS = Set.of("Task_ApproveChannel", "Task_ReviewPost",
      "Task_HeadDecides", "Task_ChairDecides");

  final Map<YearMonth, Map<String, Long>> startedPerMonth = new TreeMap<>();
  final Map<String, Long> startedPerProcess = new TreeMap<>();
  final Map<String, Turnaround> approvals = new TreeMap<>();
  final Map<String, Long> overduePerProcess = new TreeMap<>();
  final Map<String, Long> escalationsPerProcess = new TreeMap<>();
  final Map<Kind, Long> records = new TreeMap<>();
  final List<List<String>> aupCompletion = new ArrayList<>();
  final List<List<String>> consentCoverage = new ArrayList<>();
  final List<List<String>> concernFigures = new ArrayList<>();
  private final ZoneId zone;

  PackFigures(ZoneId zone) {
    this.zone = zone;
  }

  void recordWritten(Kind kind) {
    records.merge(kind, 1L, Long::sum);
  }

  void started(String processKey, Instant at) {
    startedPerMonth.computeIfAbsent(YearMonth.from(at.atZone(zone)), m -> new TreeMap<>())
        .merge(processKey, 1L, Long::sum);
    startedPerProcess.merge(processKey, 1L, Long::sum);
  }

  void task(String processKey, String taskKey, Instant created, Instant due, Instant ended,
      Instant now) {
    if (ended != null && APPROVAL_TASKS.contains(taskKey)) {
      approvals.computeIfAbsent(processKey, k -> new Turnaround())
          .add(Duration.between(created, ended));
    }
    if (due != null && (ended == null ? now.isAfter(due) : ended.isAfter(due))) {
      overduePerProcess.merge(processKey, 1L, Long::sum);
    }
  }

  void escalation(String processKey) {
    escalationsPerProcess.merge(processKey, 1L, Long::sum);
  }

  /** How long approvals took in one process: count, mean and longest, in hours. */
  static final class Turnaround {
    long count;
    long totalMinutes;
    long longestMinutes;

    void add(Duration duration) {
      count++;
      totalMinutes += duration.toMinutes();
      longestMinutes = Math.max(longestMinutes, duration.toMinutes());
    }

    double meanHours() {
      return count == 0 ? 0 : totalMinutes / 60.0 / count;
    }

    double longestHours() {
      return longestMinutes / 60.0;
    }
  }
}
