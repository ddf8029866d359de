package uk.school.socialmedia.audit.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.school.socialmedia.audit.AuditAccess;
import uk.school.socialmedia.audit.AuditExports;
import uk.school.socialmedia.audit.ExportFormat;
import uk.school.socialmedia.audit.ExportRequest;
import uk.school.socialmedia.audit.ExportSummary;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * Audit exports over HTTP (issue 9, points 1 and 4) for governors, the chair, the Head and the
 * Business Manager; everyone else gets 403 and nothing is recorded.
 */
@RestController
@RequestMapping("/api/audit/exports")
@PreAuthorize(AuditAccess.MAY_EXPORT)
class AuditExportController {

  /** The body of a request: the period (both days included) and, optionally, one process. */
  record Asked(LocalDate from, LocalDate to, String processKey) {}

  private final AuditExports exports;

  AuditExportController(AuditExports exports) {
    this.exports = exports;
  }

  @PostMapping
  ResponseEntity<ExportSummary> start(@RequestBody Asked asked) {
    return ResponseEntity.accepted().body(exports.start(new ExportRequest(asked.from(), asked.to(),
        Optional.ofNullable(asked.processKey()))));
  }

  @GetMapping
  List<ExportSummary> recent(@RequestParam(defaultValue = "20") int limit) {
    return exports.recent(limit);
  }

  @GetMapping("/{id}")
  ExportSummary find(@PathVariable UUID id) {
    return exports.find(id);
  }

  /** One file of a completed export: csv.zip, pdf, jsonl or manifest.json. */
  @GetMapping("/{id}/files/{format:.+}")
  ResponseEntity<StreamingResponseBody> file(@PathVariable UUID id, @PathVariable String format) {
    ExportFormat chosen = Arrays.stream(ExportFormat.values())
        .filter(f -> f.extension().equals(format)).findFirst()
        .orElseThrow(() -> new RuleViolation("Unknown format '" + format
            + "': choose csv.zip, pdf, jsonl or manifest.json."));
    ExportSummary export = exports.find(id);
    if (export.state() != ExportSummary.State.COMPLETED) {
      // refused before the download starts, so the caller gets a 400, not a broken file
      throw AuditExportService.notComplete(export);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(chosen.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(downloadName(export, chosen)).build().toString())
        .body(out -> exports.write(id, chosen, out));
  }

  /** e.g. audit-export-2026-09-01-to-2026-12-18-all-1a2b3c4d.pdf */
  static String downloadName(ExportSummary export, ExportFormat format) {
    return "audit-export-" + export.request().from() + "-to-" + export.request().to() + "-"
        + export.request().processKey().orElse("all") + "-"
        + export.id().toString().substring(0, 8) + "." + format.extension();
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<Map<String, Object>> unknown(NoSuchElementException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }
}
