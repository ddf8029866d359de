package uk.school.socialmedia.audit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import uk.school.socialmedia.audit.AuditAccess;
import uk.school.socialmedia.audit.AuditExports;
import uk.school.socialmedia.audit.ExportFormat;
import uk.school.socialmedia.audit.ExportRequest;
import uk.school.socialmedia.audit.ExportSummary;
import uk.school.socialmedia.audit.ExportSummary.State;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * {@link AuditExports} for the REST API and the governors' page. Every method is refused (403)
 * to anyone outside {@link AuditAccess#MAY_EXPORT}, before anything is recorded. A request is
 * checked, recorded (who, when, period, scope) and handed to the bounded export queue.
 */
@Service
@PreAuthorize(AuditAccess.MAY_EXPORT)
class AuditExportService implements AuditExports {

  private static final int MOST_RECENT = 100;

  private final AuditExportRepository exports;
  private final ExportQueue queue;
  private final ExportRunner runner;
  private final ExportProgress progress;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final Clock clock;

  AuditExportService(AuditExportRepository exports, ExportQueue queue, ExportRunner runner,
      ExportProgress progress, RepositoryService repository, IdentityService identity, Clock clock) {
    this.exports = exports;
    this.queue = queue;
    this.runner = runner;
    this.progress = progress;
    this.repository = repository;
    this.identity = identity;
    this.clock = clock;
  }

  @Override
  public ExportSummary start(ExportRequest asked) {
    // no scope, or a blank one, means all processes
    ExportRequest request = new ExportRequest(asked.from(), asked.to(),
        Optional.ofNullable(asked.processKey()).flatMap(key -> key.filter(k -> !k.isBlank())));
    check(request);
    String requestedBy = SecurityContextHolder.getContext().getAuthentication().getName();
    AuditExport export = exports.save(new AuditExport(request, requestedBy, clock.instant()));
    try {
      queue.submit(() -> runner.run(export.getId()));
    } catch (TaskRejectedException full) {
      // not started, so not an export: nothing stays recorded
      exports.delete(export);
      throw new RuleViolation("Too many exports are waiting; please try again in a few minutes.");
    }
    return summary(export);
  }

  @Override
  public ExportSummary find(UUID id) {
    return summary(require(id));
  }

  @Override
  public List<ExportSummary> recent(int limit) {
    int size = Math.max(1, Math.min(limit, MOST_RECENT));
    return exports.findByOrderByRequestedAtDescIdDesc(PageRequest.of(0, size)).stream()
        .map(this::summary).toList();
  }

  @Override
  public void write(UUID id, ExportFormat format, OutputStream out) throws IOException {
    AuditExport export = require(id);
    if (export.getState() != State.COMPLETED) {
      throw notComplete(summary(export));
    }
    Files.copy(runner.directory(export.getId()).resolve(ExportRunner.fileName(format)), out);
  }

  private ExportSummary summary(AuditExport export) {
    return export.summary(export.getState() == State.RUNNING ? progress.percent(export.getId()) : 0);
  }

  /** Files exist only for a completed export. */
  static RuleViolation notComplete(ExportSummary export) {
    return new RuleViolation("Export " + export.id() + " is not complete ("
        + export.state().name().toLowerCase() + ", " + export.percentDone()
        + "% done): its files can be downloaded once it is complete.");
  }

  /**
   * Whether the process exists. Asked without the caller's engine authentication: a governor
   * may export a process whose model they have no grant to read (the export's rules decide
   * what they see of it).
   */
  private boolean deployed(String processKey) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
          .count() > 0;
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /**
   * A period day outside 2000-2100 is a typing slip, and the database would not keep it as typed
   * (a year of 999999999 is stored as another date).
   */
  private static void checkYear(LocalDate day, String which, List<String> problems) {
    if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LATEST))) {
      problems.add("The " + which + " day of the period must be between 1 January 2000 and "
          + "31 December 2100.");
    }
  }

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private AuditExport require(UUID id) {
    return exports.findById(id.toString())
        .orElseThrow(() -> new NoSuchElementException("There is no export " + id + "."));
  }

  private void check(ExportRequest request) {
    List<String> problems = new ArrayList<>();
    if (request.from() == null) {
      problems.add("Please give the first day of the period (from).");
    }
    if (request.to() == null) {
      problems.add("Please give the last day of the period (to).");
    }
    checkYear(request.from(), "first", problems);
    checkYear(request.to(), "last", problems);
    if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
      problems.add("The period starts (" + request.from() + ") after it ends (" + request.to()
          + ").");
    }
    request.processKey().filter(key -> !deployed(key))
        .ifPresent(key -> problems.add("There is no process '" + key
            + "'; leave the scope empty for all processes."));
    if (!problems.isEmpty()) {
      throw new RuleViolation(problems);
    }
  }
}
