package uk.school.socialmedia.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

/**
 * Audit exports (issue 9, points 1, 4 and 7). Implemented in {@code audit.export}; the governors'
 * page and the REST API call only this. Every method refuses users outside
 * {@link AuditAccess#MAY_EXPORT}.
 */
public interface AuditExports {

  /** Records the export (who, when, scope) and produces its files in the background. */
  ExportSummary start(ExportRequest request);

  /** The export, with its progress. */
  ExportSummary find(UUID id);

  /** The latest exports, newest first. */
  List<ExportSummary> recent(int limit);

  /** Streams one file of a completed export. */
  void write(UUID id, ExportFormat format, OutputStream out) throws IOException;
}
