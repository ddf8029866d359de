package uk.school.socialmedia.audit.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.school.socialmedia.audit.ExportRequest;

/**
 * What the governor typed: the first and last day of the period (ISO dates, as a date field
 * sends them) and the scope, {@value #ALL_PROCESSES} or a process key. Checked here with messages
 * a governor understands; nothing is started unless every check passes.
 */
record ExportForm(String from, String to, String scope) {

  static final String ALL_PROCESSES = "all";

  static ExportForm empty() {
    return new ExportForm("", "", ALL_PROCESSES);
  }

  List<String> problems(ProcessScopes scopes) {
    List<String> problems = new ArrayList<>();
    Optional<LocalDate> first = date(from, "first", problems);
    Optional<LocalDate> last = date(to, "last", problems);
    if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
      problems.add("The period starts after it ends: choose a first day on or before the last day.");
    }
    if (scope == null || scope.isBlank()) {
      problems.add("Choose all processes or one process.");
    } else if (!ALL_PROCESSES.equals(scope) && scopes.find(scope).isEmpty()) {
      problems.add("There is no process called \"" + scope + "\": choose all processes or one "
          + "of the listed processes.");
    }
    return problems;
  }

  /** Only for a form without {@link #problems}. */
  ExportRequest toRequest() {
    return new ExportRequest(LocalDate.parse(from.strip()), LocalDate.parse(to.strip()),
        ALL_PROCESSES.equals(scope) ? Optional.empty() : Optional.of(scope));
  }

  private static Optional<LocalDate> date(String value, String which, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add("Enter the " + which + " day of the period.");
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      problems.add("The " + which + " day of the period is not a date: use the form YYYY-MM-DD, "
          + "for example 2026-09-01.");
      return Optional.empty();
    }
  }
}
