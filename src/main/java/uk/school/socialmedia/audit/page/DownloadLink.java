package uk.school.socialmedia.audit.page;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import uk.school.socialmedia.audit.ExportFormat;

/** One file of an export as a link: its path segment ("csv-zip") and what it is called on the page. */
record DownloadLink(String path, String label) {

  static DownloadLink of(ExportFormat format) {
    return new DownloadLink(path(format), label(format));
  }

  static Optional<ExportFormat> format(String path) {
    return Arrays.stream(ExportFormat.values()).filter(format -> path(format).equals(path))
        .findFirst();
  }

  private static String path(ExportFormat format) {
    return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String label(ExportFormat format) {
    return switch (format) {
      case CSV_ZIP -> "Spreadsheet files (CSV, in a ZIP)";
      case PDF -> "Governors' pack (PDF)";
      case JSON_LINES -> "Data for computers (JSON lines)";
      case MANIFEST -> "Manifest (SHA-256 of every file and the chain head)";
    };
  }
}
