package uk.school.socialmedia.audit.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.FileSystemUtils;
import uk.school.socialmedia.audit.ExportSummary.State;

/**
 * The exports kept on the server, for retention (class AUDIT in docs/retention.md): an export
 * past its period loses its files and its record, the record through JPA so the audit ledger
 * records the removal. Called by the nightly register clean-up, with no user signed in.
 */
@Component
public class ExportArchive {

  private final AuditExportRepository exports;
  private final ExportRunner runner;

  ExportArchive(AuditExportRepository exports, ExportRunner runner) {
    this.exports = exports;
    this.runner = runner;
  }

  /** Removes every finished export asked for before {@code cutoff}; returns how many went. */
  @Transactional
  public int removeRequestedBefore(Instant cutoff) {
    List<AuditExport> due = exports.findByStateNotAndRequestedAtBefore(State.RUNNING, cutoff);
    for (AuditExport export : due) {
      try {
        FileSystemUtils.deleteRecursively(runner.directory(export.getId()));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not remove the files of export " + export.getId(), e);
      }
      exports.delete(export);
    }
    return due.size();
  }
}
