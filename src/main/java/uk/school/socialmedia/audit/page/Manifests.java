package uk.school.socialmedia.audit.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.audit.AuditExports;
import uk.school.socialmedia.audit.ExportFormat;

/**
 * Reads what the page needs from an export's manifest: the name it gives each file, so a
 * download is saved under the very name the manifest lists with its SHA-256, and the chain
 * sequence and hash of an earlier export a governor uploads.
 */
@Component
class Manifests {

  /** The manifest itself: the name the export service gives it in every export folder. */
  static final String MANIFEST_FILE = "manifest.json";

  private final AuditExports exports;
  private final ObjectMapper json;

  Manifests(AuditExports exports, ObjectMapper json) {
    this.exports = exports;
    this.json = json;
  }

  /** The file's name as the export's manifest lists it (for a completed export). */
  String fileName(UUID exportId, ExportFormat format) throws IOException {
    if (format == ExportFormat.MANIFEST) {
      return MANIFEST_FILE;
    }
    ByteArrayOutputStream manifest = new ByteArrayOutputStream();
    exports.write(exportId, ExportFormat.MANIFEST, manifest);
    for (JsonNode file : json.readTree(manifest.toByteArray()).path("files")) {
      if (format.extension().equals(file.path("format").asText())) {
        return file.path("name").asText();
      }
    }
    throw new IOException("The manifest of export " + exportId + " does not list its "
        + format.extension() + " file.");
  }

  /** The chain head an uploaded manifest carries, as the form's two fields; empty if none. */
  Optional<ExtendsForm> chainHead(InputStream manifest) {
    try {
      JsonNode head = json.readTree(manifest).path("chainHead");
      if (!head.path("sequence").canConvertToLong() || !head.path("hash").isTextual()) {
        return Optional.empty();
      }
      return Optional.of(new ExtendsForm(head.path("sequence").asText(),
          head.path("hash").asText()));
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}
