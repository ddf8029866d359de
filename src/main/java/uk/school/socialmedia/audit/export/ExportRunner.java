package uk.school.socialmedia.audit.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.ExportFormat;
import uk.school.socialmedia.platform.SchoolProperties;
import uk.school.socialmedia.platform.Sha256;

/**
 * Produces one export's files in the background: seals the audit chain, counts what it will
 * read, streams the records into the CSV ZIP and the JSON lines file (updating the progress as
 * it goes), writes the governors' pack and finally the manifest, whose SHA-256 completes the
 * export's record. It runs with no engine authentication (the caller's authority was checked
 * when the export was asked for): {@link DisclosureRules} decides what leaves.
 */
@Component
class ExportRunner {

  private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

  private final AuditExportRepository exports;
  private final ExportProgress percentages;
  private final AuditChain chain;
  private final HistoryRecords history;
  private final RegisterRecords registers;
  private final ConcernFigures concerns;
  private final GovernorsPack pack;
  private final DisclosureRules rules;
  private final ExportProperties properties;
  private final SchoolProperties school;
  private final ObjectMapper mapper;
  private final Clock clock;

  ExportRunner(AuditExportRepository exports, ExportProgress progress, AuditChain chain, HistoryRecords history,
      RegisterRecords registers, ConcernFigures concerns, GovernorsPack pack,
      DisclosureRules rules, ExportProperties properties, SchoolProperties school,
      ObjectMapper mapper, Clock clock) {
    this.exports = exports;
    this.percentages = progress;
    this.chain = chain;
    this.history = history;
    this.registers = registers;
    this.concerns = concerns;
    this.pack = pack;
    this.rules = rules;
    this.properties = properties;
    this.school = school;
    this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    this.clock = clock;
  }

  /** Where an export's files live: {@code ${school.data-dir}/exports/<id>/}. */
  Path directory(String exportId) {
    return Path.of(school.dataDir(), "exports", exportId);
  }

  static String fileName(ExportFormat format) {
    return format == ExportFormat.MANIFEST ? "manifest.json" : "audit-export." + format.extension();
  }

  void run(String exportId) {
    AuditExport export = exports.findById(exportId).orElseThrow();
    Path directory = directory(exportId);
    try {
      ChainHead head = chain.seal();
      export.sealedAt(head);
      exports.save(export);
      produce(export, head, directory);
    } catch (Exception e) {
      log.error("Audit export {} failed", exportId, e);
      try {
        FileSystemUtils.deleteRecursively(directory);
      } catch (IOException cleanup) {
        log.warn("Could not remove the files of failed export {}", exportId, cleanup);
      }
      AuditExport failed = exports.findById(exportId).orElseThrow();
      failed.fail("The export could not be completed (" + e.getClass().getSimpleName()
          + "); please try again or ask the administrator to check the log.", clock.instant());
      exports.save(failed);
    } finally {
      percentages.forget(exportId);
    }
  }

  private void produce(AuditExport export, ChainHead head, Path directory) throws IOException {
    ZoneId zone = clock.getZone();
    String processKey = export.request().processKey().orElse(null);
    ExportScope scope = ExportScope.of(export.request().from(), export.request().to(),
        processKey, zone, export.getRequestedAt());
    int pageSize = properties.export().pageSize();
    Progress progress = new Progress(export.getId(),
        history.count(scope) + registers.count(scope, export.getId()), pageSize);
    PackFigures figures = new PackFigures(zone);
    String period = export.request().from() + " to " + export.request().to();
    String scopeName = processKey == null ? "all processes" : processKey;

    Files.createDirectories(directory);
    Path zip = directory.resolve(fileName(ExportFormat.CSV_ZIP));
    Path jsonLines = directory.resolve(fileName(ExportFormat.JSON_LINES));
    try (RecordWriter out = new RecordWriter(zip, jsonLines, mapper, kind -> {
      figures.recordWritten(kind);
      progress.recordWritten();
    })) {
      history.write(scope, out, figures, pageSize);
      registers.write(scope, export.getId(), out, figures);
      concerns.write(scope, export.request().from(), export.request().to(), out, figures);
      out.finish(ExportReadme.text(school.name(), export.getId(), period, scopeName,
          rules.threshold()));
    }

    Map<String, String> recordHashes = new LinkedHashMap<>();
    recordHashes.put(zip.getFileName().toString(), Sha256.of(zip));
    recordHashes.put(jsonLines.getFileName().toString(), Sha256.of(jsonLines));
    Path pdf = directory.resolve(fileName(ExportFormat.PDF));
    try (OutputStream out = Files.newOutputStream(pdf)) {
      pack.write(new GovernorsPack.Cover(school.name(), export.getId(),
          export.getRequestedBy(), GovernorsPack.when(export.getRequestedAt().atZone(zone)),
          period, scopeName, head, recordHashes), figures, rules, out);
    }

    Path manifest = directory.resolve(fileName(ExportFormat.MANIFEST));
    writeManifest(manifest, export, head, scopeName,
        List.of(ExportFormat.CSV_ZIP, ExportFormat.JSON_LINES, ExportFormat.PDF), directory);
    export.complete(Sha256.of(manifest), clock.instant());
    exports.save(export);
    log.info("Audit export {} completed: {} records", export.getId(), progress.written);
  }

  private void writeManifest(Path manifest, AuditExport export, ChainHead head, String scope,
      List<ExportFormat> formats, Path directory) throws IOException {
    List<Map<String, Object>> files = new ArrayList<>();
    for (ExportFormat format : formats) {
      Path file = directory.resolve(fileName(format));
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", file.getFileName().toString());
      entry.put("format", format.extension());
      entry.put("mediaType", format.mediaType());
      entry.put("sha256", Sha256.of(file));
      entry.put("size", Files.size(file));
      files.add(entry);
    }
    Map<String, Object> chainHead = new LinkedHashMap<>();
    chainHead.put("sequence", head.sequence());
    chainHead.put("hash", head.hash());
    chainHead.put("sealedAt", head.sealedAt().toString());
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("exportId", export.getId());
    content.put("school", school.name());
    content.put("requestedBy", export.getRequestedBy());
    content.put("requestedAt", export.getRequestedAt().toString());
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("from", export.request().from().toString());
    period.put("to", export.request().to().toString());
    content.put("period", period);
    content.put("scope", scope);
    content.put("smallCountThreshold", rules.threshold());
    content.put("chainHead", chainHead);
    content.put("files", files);
    mapper.writeValue(manifest.toFile(), content);
  }


  /** Percent done from the count taken first; stored once a page, never 100 before the end. */
  private final class Progress {
    private final String exportId;
    private final long total;
    private final int every;
    private long written;
    private int stored;

    Progress(String exportId, long total, int every) {
      this.exportId = exportId;
      this.total = Math.max(total, 1);
      this.every = every;
    }

    void recordWritten() {
      written++;
      int percent = (int) Math.min(99, written * 100 / total);
      if (written % every == 0 && percent != stored) {
        percentages.store(exportId, percent);
        stored = percent;
      }
    }
  }
}
